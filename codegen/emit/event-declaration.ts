import type { EventDefinition } from '../ir/types.js'
import type { Needs } from './shapes.js'
import { PURE, quote } from './shapes.js'


/** `<Name>Event`: the envelope type and codec, and `is<Name>Event`, for an event's module. */
export function eventDeclaration(event: EventDefinition, needs: Needs): string {
  const type = `${event.name}Event`
  const detailType = quote(event.detailType)
  needs.runtime.add('sageMakerEvent')
  needs.runtimeTypes.add('SageMakerEventEnvelope')
  needs.runtimeTypes.add('Encoded')
  needs.runtimeTypes.add('Codec')
  return [
    `/** A \`${event.detailType}\` event as EventBridge delivers it. */`,
    `export interface ${type} extends SageMakerEventEnvelope<${detailType}, ${event.detail}> {}`,
    `export const ${type}: Codec<${type}, Encoded<${type}>> = ${PURE} sageMakerEvent(${quote(type)}, ${detailType}, ${event.detail})`,
    `/** Narrows a decoded \`SageMakerEvent\` to a \`${event.detailType}\` event. */`,
    `export const is${type} = (event: { readonly 'detail-type': string }): event is ${type} =>`,
    `  event['detail-type'] === ${detailType}`,
  ].join('\n')
}
