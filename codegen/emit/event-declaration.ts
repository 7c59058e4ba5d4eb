import type { EventDefinition } from '../ir/types.js'
import { type Needs, PURE, descriptionName, quote } from './shapes.js'

/** `<Name>Event`: the envelope type and codec, and `is<Name>Event`, for an event's module. */
export function eventDeclaration(event: EventDefinition, needs: Needs): string {
  const type = `${event.name}Event`
  const detailType = quote(event.detailType)
  needs.runtime.add('sageMakerEvent')
  needs.runtimeTypes.add('SageMakerEventEnvelope')
  needs.descriptions.add(event.detail)
  // A detail shared by several detail-types (none has an example yet) is named for each.
  const detailName = `${event.name}Detail`
  const alias: string[] = []
  if (event.detail !== detailName) {
    needs.types.set(event.detail, event.detail)
    needs.runtime.add('lenient')
    alias.push(
      `/** The detail of a \`${event.detailType}\` event: ${event.detail} (no example shows one of its own). */`,
      `export type ${detailName} = ${event.detail}`,
      `export const ${descriptionName(detailName)} = ${descriptionName(event.detail)}`,
      `export const ${detailName} = ${PURE} lenient<${detailName}>(${descriptionName(detailName)})`,
      '',
    )
  }
  return [
    ...alias,
    `/** A \`${event.detailType}\` event as EventBridge delivers it. */`,
    `export interface ${type} extends SageMakerEventEnvelope<${detailType}, ${event.detail}> {}`,
    `export const ${type} = ${PURE} sageMakerEvent<${type}>(${quote(type)}, ${detailType}, ${descriptionName(event.detail)})`,
    `/** Narrows a decoded \`SageMakerEvent\` to a \`${event.detailType}\` event. */`,
    `export const is${type} = (event: { readonly 'detail-type': string }): event is ${type} =>`,
    `  event['detail-type'] === ${detailType}`,
  ].join('\n')
}
