export { defineProjection } from './lib/projection';
export type { Projection, ProjectionWriter } from './lib/projection';
export { ProjectionNotRebuildableError, ProjectionRunner, UnknownProjectionError } from './lib/projection-runner';
export type { ProjectionLogger, ProjectionReader, ProjectionRunnerOptions } from './lib/projection-runner';
export type { LaneState, LaneStatus, ProjectionStatus, RebuildStatus } from './lib/status';
export { commandIf, commandTo, workflowLane } from './lib/workflow';
export type {
  Workflow,
  WorkflowCommand,
  WorkflowCommandContext,
  WorkflowCommandPort,
  WorkflowSender,
} from './lib/workflow';
export { projectionSpec } from './lib/projection-spec';
export type { ExpectedDocuments, GivenEvent } from './lib/projection-spec';
