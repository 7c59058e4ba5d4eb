/** `SageMaker Endpoint Deployment State Change` -> `endpoint-deployment-state-change` (source folders). */
export function eventSlug(detailType: string): string {
  return detailType
    .replace(/^SageMaker\s+/, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
}

/**
 * The public name of an event (ARCHITECTURE §5): the detail-type without `SageMaker `, in
 * PascalCase, without a trailing `Event` (so the codec `<Name>Event` never says it twice).
 * `SageMaker HyperPod Cluster Node Health Event` -> `HyperPodClusterNodeHealth`.
 */
export function eventName(detailType: string): string {
  const words = detailType.replace(/^SageMaker\s+/, '').split(/[^A-Za-z0-9]+/).filter((w) => w !== '')
  const pascal = words.map((w) => w.charAt(0).toUpperCase() + w.slice(1)).join('')
  return pascal.endsWith('Event') && pascal !== 'Event' ? pascal.slice(0, -'Event'.length) : pascal
}
