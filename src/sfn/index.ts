export { parseSageMakerResource, type IntegrationPattern, type SageMakerResource } from './resource.js'
