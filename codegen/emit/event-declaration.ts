import type { EventDefinition } from '../ir/types.js'
import { type Needs, PURE, descriptionName, quote } from './shapes.js'

/** `<Name>Event`: the envelope type and codec, and `is<Name>Event`, for an event's module. */
export function eventDeclaration(event: EventDefinition, needs: Needs): string {
  const type = `${event.name}Event`
  const detailType = quote(event.detailType)
  needs.runtime.add('sageMakerEvent')
  needs.runtimeTypes.add('SageMakerEventEnvelope')
  needs.descriptions.add(event.detail)
  return [
    `/** A \`${event.detailType}\` event as EventBridge delivers it. */`,
    `export interface ${type} extends SageMakerEventEnvelope<${detailType}, ${event.detail}> {}`,
    `export const ${type} = ${PURE} sageMakerEvent<${type}>(${quote(type)}, ${detailType}, ${descriptionName(event.detail)})`,
    `/** Narrows a decoded \`SageMakerEvent\` to a \`${event.detailType}\` event. */`,
    `export const is${type} = (event: { readonly 'detail-type': string }): event is ${type} =>`,
    `  event['detail-type'] === ${detailType}`,
  ].join('\n')
}
