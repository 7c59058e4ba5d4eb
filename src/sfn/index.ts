// The Step Functions runtime. The `sagemaker-shapes/sfn` entry is the generated barrel
// (generated/sfn/index.ts): it adds the integrated actions' codecs and `validateStateMachine`;
// `sagemaker-shapes/sfn/sdk` (generated/sfn/sdk.ts) adds every operation for the AWS SDK integration.
export type {
  SageMakerIntegration,
  SageMakerIntegrations,
  SageMakerSdk,
  SageMakerSdkIntegration,
  SageMakerSdkIntegrations,
  SageMakerSdkPolicies,
  SageMakerSdkPolicy,
  SageMakerTask,
  SfnIssue,
  StateMachineValidation,
} from './model.js'
export { checkDynamicValue, checkIntrinsicFunction, checkJsonata, checkPath, hasTemplatePlaceholder, INTRINSIC_FUNCTIONS } from './paths.js'
export type { QueryLanguage } from './payload.js'
export {
  sageMakerPolicyActions,
  sageMakerTaskPolicy,
  type PolicyDocument,
  type PolicyStatement,
  type SageMakerPolicyAction,
  type SageMakerSdkTaskPolicyOptions,
  type SageMakerTaskPolicyOptions,
} from './policy.js'
export { parseSageMakerResource, type IntegrationPattern, type SageMakerIntegrationKind, type SageMakerResource } from './resource.js'
export { checkStateMachine } from './state-machine.js'
export {
  sageMakerTaskErrors,
  statesErrors,
  type SageMakerErrorEquals,
  type SageMakerTaskError,
  type StatesError,
} from './task-errors.js'
