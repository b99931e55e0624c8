import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Put } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { CourseTestReview, ItemReviewQueue, ReviewedItem } from '@lc/shared-contracts';
import { ApiErrors, ApiNoContent, ApiOk, AuthUser, CurrentUser, Roles } from '@lc/api-shared';
import { CourseTestReviewService } from './course-test-review.service';
import { ItemProposalDto } from './dto/item-proposal.dto';
import { ReviewDecisionDto } from './dto/item-review.dto';
import { ItemProposalsService } from './item-proposals.service';
import { ItemReviewService } from './item-review.service';

/**
 * The city bank's review (docs/adr/0019). Trainers and reviewers are city-wide roles (grant-rules), so the role is
 * the whole check: any trainer may propose, any content reviewer may decide, on any item but their own.
 */
@ApiTags('item-bank')
@ApiBearerAuth()
@Controller()
export class ItemBankController {
  constructor(
    private readonly proposals: ItemProposalsService,
    private readonly review: ItemReviewService,
    private readonly courseTests: CourseTestReviewService,
  ) {}

  @Roles('trainer', 'content_reviewer')
  @ApiOk('ReviewedItem', { status: 201 })
  @ApiErrors({ 404: ['ITEM_NOT_FOUND'], 409: ['ITEM_REVISION_OPEN'], 422: ['ITEM_PROPOSAL_INVALID'] })
  @Post('item-proposals')
  propose(@Body() dto: ItemProposalDto, @CurrentUser() user: AuthUser): Promise<ReviewedItem> {
    return this.proposals.propose(dto, user);
  }

  @Roles('trainer', 'content_reviewer')
  @ApiOk('ReviewedItem', { array: true })
  @Get('item-proposals')
  mine(@CurrentUser() user: AuthUser): Promise<ReviewedItem[]> {
    return this.proposals.mine(user);
  }

  @Roles('trainer', 'content_reviewer')
  @ApiOk('ReviewedItem')
  @ApiErrors({
    403: ['ITEM_OWN_REVIEW_FORBIDDEN', 'ITEM_REVIEW_FORBIDDEN'],
    404: ['ITEM_NOT_FOUND'],
    409: ['ITEM_STATE_CHANGED'],
    422: ['ITEM_PROPOSAL_INVALID', 'ITEM_REVISES_FIXED', 'REVIEW_REASONS_REQUIRED'],
  })
  @Put('item-proposals/:id')
  edit(@Param('id') id: string, @Body() dto: ItemProposalDto, @CurrentUser() user: AuthUser): Promise<ReviewedItem> {
    return this.proposals.edit(id, dto, user);
  }

  @Roles('content_reviewer')
  @ApiOk('ItemReviewQueue')
  @Get('item-review/queue')
  queue(): Promise<ItemReviewQueue> {
    return this.review.queue();
  }

  @Roles('content_reviewer')
  @ApiOk('ReviewedItem')
  @ApiErrors({ 404: ['ITEM_NOT_FOUND'] })
  @Get('item-review/items/:id')
  item(@Param('id') id: string): Promise<ReviewedItem> {
    return this.review.view(id);
  }

  @Roles('content_reviewer')
  @HttpCode(200)
  @ApiOk('ReviewedItem')
  @ApiErrors({
    403: ['ITEM_OWN_REVIEW_FORBIDDEN', 'ITEM_REVIEW_FORBIDDEN'],
    404: ['ITEM_NOT_FOUND'],
    409: ['ITEM_STATE_CHANGED'],
    422: ['REVIEW_REASONS_REQUIRED'],
  })
  @Post('item-review/items/:id/decisions')
  decide(
    @Param('id') id: string,
    @Body() dto: ReviewDecisionDto,
    @CurrentUser() user: AuthUser,
  ): Promise<ReviewedItem> {
    return this.review.decide(id, dto, user);
  }

  @Roles('content_reviewer')
  @HttpCode(204)
  @ApiNoContent()
  @ApiErrors({ 404: ['REPORT_NOT_FOUND'] })
  @Post('item-review/reports/:id/closure')
  closeReport(@Param('id', ParseUUIDPipe) id: string): Promise<void> {
    return this.review.closeReport(id);
  }

  @Roles('content_reviewer')
  @ApiOk('CourseTestReview', { array: true })
  @ApiErrors({ 404: ['COURSE_NOT_FOUND'] })
  @Get('item-review/courses/:id/tests')
  courseTestItems(@Param('id', ParseUUIDPipe) id: string, @CurrentUser() user: AuthUser): Promise<CourseTestReview[]> {
    return this.courseTests.forCourse(id, user);
  }
}
