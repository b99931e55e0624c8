import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { LocalisedText } from '@lc/shared-contracts';

@Entity('course_module')
export class CourseModuleEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column('uuid')
  courseId!: string;

  @Column('int')
  position!: number;

  @Column('jsonb')
  title!: LocalisedText;
}
