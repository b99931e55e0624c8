// h5p-standalone ships no "types" entry; this is the part of its API we use.
declare module 'h5p-standalone' {
  export interface H5PStandaloneOptions {
    h5pJsonPath: string;
    contentJsonPath?: string;
    librariesPath?: string;
    frameJs: string;
    frameCss: string;
    id?: string;
    frame?: boolean;
    copyright?: boolean;
    export?: boolean;
    icon?: boolean;
    fullScreen?: boolean;
  }

  /** The constructor returns a promise that resolves once the content is attached. */
  export const H5P: new (el: HTMLElement, options: H5PStandaloneOptions) => Promise<unknown>;
}
