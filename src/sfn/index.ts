// The Step Functions runtime. The `sagemaker-shapes/sfn` entry is the generated barrel
// (generated/sfn/index.ts): it adds the integrated actions' codecs and `validateStateMachine`.
export { checkDynamicValue, checkIntrinsicFunction, checkJsonata, checkPath, hasTemplatePlaceholder, INTRINSIC_FUNCTIONS } from './paths.js'
export { parseSageMakerResource, type IntegrationPattern, type SageMakerResource } from './resource.js'
