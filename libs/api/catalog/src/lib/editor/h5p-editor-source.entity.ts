import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { EditorContentType, EditorSource } from '@lc/shared-contracts';

/**
 * The form a material was made from in the browser editor: its params, image fields naming files of the material's
 * current package. Kept so the material can be edited again and exported, which a package alone would not allow
 * (any .h5p could hold anything). Goes with its material.
 */
@Entity('h5p_editor_source')
export class H5pEditorSourceEntity {
  @PrimaryColumn('uuid')
  materialId!: string;

  @Column('text')
  contentType!: EditorContentType;

  @Column('jsonb')
  params!: EditorSource['params'];

  @Column('uuid')
  updatedBy!: string;

  @Column('timestamptz', { default: () => 'now()' })
  updatedAt!: Date;
}
