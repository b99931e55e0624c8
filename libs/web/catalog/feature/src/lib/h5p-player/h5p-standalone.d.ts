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
    /** Seconds between saves of the content's state (H5P's core calls getCurrentState). */
    saveFreq?: number | false;
    /** Index 0 is the content itself: `[{ state: '<JSON text>' }]` becomes the constructor's previousState. */
    contentUserData?: { state: string }[];
    ajax?: { contentUserDataUrl?: string };
    /** Required with ajax.contentUserDataUrl, or the content never renders. */
    user?: { name: string; mail: string };
  }

  /** The constructor returns a promise that resolves once the content is attached. */
  export const H5P: new (el: HTMLElement, options: H5PStandaloneOptions) => Promise<unknown>;
}
