/** A type in an extracted schema-registry definition (codegen/sources/events/<slug>/schema-registry.json). */
export type SchemaType =
  | { readonly type: 'string' | 'number' | 'boolean' | 'json' }
  | { readonly type: 'array'; readonly element: SchemaType }
  | { readonly type: 'object'; readonly properties: Readonly<Record<string, { readonly type: SchemaType; readonly required: boolean }>> }

export interface SchemaRegistryEvent {
  /** The package and version the definition was extracted from. */
  readonly source: string
  readonly detailType: string
  readonly detail: SchemaType
}
