import { describe, expect, it } from 'vitest'
import * as _ from '../../../codegen/frontends/sdk/declarations.js'

const read = (text: string) => {
  const into = _.emptyDeclarations()
  _.readModelFile(text, 'models_0.d.ts', into)
  const strip = (v: unknown): unknown => JSON.parse(JSON.stringify(v, (k, x) => (k === 'origin' ? undefined : x)))
  return {
    structures: strip(Object.fromEntries(into.structures)),
    unions: strip(Object.fromEntries(into.unions)),
    enums: strip(Object.fromEntries(into.enums)),
  }
}

describe('readModelFile', () => {
  it('reads string enums (const object + type) and intEnums (declare enum)', () => {
    const { enums } = read(`
      export declare const ProcessingS3InputMode: { readonly FILE: "File"; readonly PIPE: "Pipe" };
      export type ProcessingS3InputMode = (typeof ProcessingS3InputMode)[keyof typeof ProcessingS3InputMode];
      export declare enum Frequency { FREQ_10_S = 10, FREQ_30_S = 30 }
    `)
    expect(enums).toEqual({
      ProcessingS3InputMode: { values: ['File', 'Pipe'] },
      Frequency: { values: [10, 30], valueType: 'integer' },
    })
  })

  it('reads structures: required without ?, | undefined dropped, lists, maps, enum maps, primitives', () => {
    const { structures } = read(`
      export interface Job {
        Name: string | undefined;
        Count?: number | undefined;
        On?: boolean;
        At?: Date | undefined;
        Bytes?: Uint8Array;
        Doc?: __DocumentType;
        Json: __AutomaticJsonStringConversion | string | undefined;
        Tags?: Tag[] | undefined;
        Grid?: string[][];
        Env?: Record<string, string> | undefined;
        ByUnit?: Partial<Record<Unit, Tag[]>> | undefined;
      }
    `)
    expect(structures).toEqual({
      Job: {
        members: [
          { name: 'Name', target: { kind: 'string' }, required: true },
          { name: 'Count', target: { kind: 'number' }, required: false },
          { name: 'On', target: { kind: 'boolean' }, required: false },
          { name: 'At', target: { kind: 'timestamp' }, required: false },
          { name: 'Bytes', target: { kind: 'blob' }, required: false },
          { name: 'Doc', target: { kind: 'document' }, required: false },
          { name: 'Json', target: { kind: 'string' }, required: true },
          { name: 'Tags', target: { kind: 'list', item: { kind: 'ref', name: 'Tag' } }, required: false },
          { name: 'Grid', target: { kind: 'list', item: { kind: 'list', item: { kind: 'string' } } }, required: false },
          { name: 'Env', target: { kind: 'map', key: { kind: 'string' }, value: { kind: 'string' } }, required: false },
          {
            name: 'ByUnit',
            target: { kind: 'map', key: { kind: 'ref', name: 'Unit' }, value: { kind: 'list', item: { kind: 'ref', name: 'Tag' } } },
            required: false,
          },
        ],
      },
    })
  })

  it('reads unions from their namespace members, ignoring $UnknownMember and Visitor', () => {
    const { unions } = read(`
      export type Source = Source.S3Member | Source.HubMember | Source.$UnknownMember;
      export declare namespace Source {
        interface S3Member { S3: S3Config; Hub?: never; $unknown?: never; }
        interface HubMember { S3?: never; Hub: string; $unknown?: never; }
        interface $UnknownMember { S3?: never; Hub?: never; $unknown: [string, any]; }
        interface Visitor<T> { S3: (value: S3Config) => T; _: (name: string, value: any) => T; }
      }
    `)
    expect(unions).toEqual({
      Source: {
        members: [
          { name: 'S3', target: { kind: 'ref', name: 'S3Config' }, required: false },
          { name: 'Hub', target: { kind: 'string' }, required: false },
        ],
      },
    })
  })

  it('fails with file:line:column on a type it does not know', () => {
    expect(() => read('export interface A {\n  B: Map<string, number>;\n}')).toThrow('models_0.d.ts:2:6: unsupported generic type Map<string, number>')
    expect(() => read('export interface A {\n  B: string | number;\n}')).toThrow('models_0.d.ts:2:6: unsupported union type string | number')
  })
})

describe('readCommandFile', () => {
  it('finds the input and output shapes a command extends', () => {
    const text = `
      export interface CreateModelCommandInput extends CreateModelInput {}
      export interface CreateModelCommandOutput extends CreateModelOutput, __MetadataBearer {}
    `
    expect(_.readCommandFile(text, 'CreateModelCommand.d.ts')).toEqual({ input: 'CreateModelInput', output: 'CreateModelOutput' })
    expect(_.readCommandFile('export interface DeleteModelCommandOutput extends __MetadataBearer {}', 'x')).toEqual({})
  })
})
