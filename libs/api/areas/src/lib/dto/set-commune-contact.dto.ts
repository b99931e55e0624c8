import { ApiProperty } from '@nestjs/swagger';
import type { SetCommuneContactRequest } from '@lc/shared-contracts';
import { IsString, MaxLength } from 'class-validator';
import { IsPlainName } from '@lc/api-shared';

export const COMMUNE_CONTACT_MAX = 500;

export class SetCommuneContactDto implements SetCommuneContactRequest {
  @ApiProperty({
    example: 'Bộ phận Một cửa UBND phường, tầng 1; điện thoại 024 0000 0000; sáng thứ Hai đến thứ Sáu',
    minLength: 0,
    maxLength: COMMUNE_CONTACT_MAX,
    description: 'Empty: clears the contact.',
  })
  @IsString({ message: 'Thông tin liên hệ phải là chữ.' })
  @MaxLength(COMMUNE_CONTACT_MAX, { message: `Thông tin liên hệ tối đa ${COMMUNE_CONTACT_MAX} ký tự.` })
  @IsPlainName({ message: 'Thông tin liên hệ viết trên một dòng, không có ký tự điều khiển hay đảo chiều văn bản.' })
  contact!: string;
}
