// How much type-checking time does a consumer pay for our generated types, compared with the
// SDK's own input type? Builds tiny consumer projects under bench/.work/ and times `tsc` on each.
// Run: npx tsx bench/tsc-consumer.ts
import { spawnSync } from 'node:child_process'
import { mkdirSync, rmSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join, relative } from 'node:path'
import { fileURLToPath } from 'node:url'

const WARMUP = 1
const RUNS = 5

const benchDir = dirname(fileURLToPath(import.meta.url))
const root = dirname(benchDir)
const workDir = join(benchDir, '.work')
const tscPath = createRequire(import.meta.url).resolve('typescript/lib/tsc.js')
const tsVersion: string = createRequire(import.meta.url)('typescript/package.json').version

// The same literal must satisfy both types, so the checker does comparable work on the consumer file.
const literal = `{
  ProcessingJobName: 'bench-job',
  RoleArn: 'arn:aws:iam::123456789012:role/bench',
  AppSpecification: { ImageUri: '123456789012.dkr.ecr.us-east-1.amazonaws.com/bench:latest' },
  ProcessingResources: { ClusterConfig: { InstanceCount: 1, InstanceType: 'ml.m5.xlarge', VolumeSizeInGB: 30 } },
}`

// Consumer files live in bench/.work/<name>/, so module paths are relative to that folder.
const fromProject = (file: string): string => relative(join(workDir, 'x'), join(root, file)).replaceAll('\\', '/')

const sources: Record<string, string> = {
  ours: `import { CreateProcessingJobRequest } from '${fromProject('generated/api/CreateProcessingJob.js')}'
export const value: CreateProcessingJobRequest = ${literal}
export const result = CreateProcessingJobRequest.decode(value)
`,
  // What `sagemaker-shapes/api` users get: the barrel re-exporting every operation.
  'ours-barrel': `import { CreateProcessingJobRequest } from '${fromProject('generated/api/index.js')}'
export const value: CreateProcessingJobRequest = ${literal}
export const result = CreateProcessingJobRequest.decode(value)
`,
  sdk: `import type { CreateProcessingJobCommandInput } from '@aws-sdk/client-sagemaker'
export const value: CreateProcessingJobCommandInput = ${literal}
`,
}
const names = Object.keys(sources)

// Settings of a typical strict consumer. lib needs DOM (or @types/node, but types is []) because
// src/primitives/scalars.ts uses atob/btoa; every project gets the same lib so the cost is shared.
const tsconfig = {
  compilerOptions: {
    target: 'ES2022',
    lib: ['ES2022', 'DOM'],
    module: 'NodeNext',
    moduleResolution: 'NodeNext',
    strict: true,
    skipLibCheck: true,
    noEmit: true,
    types: [],
  },
  files: ['index.ts'],
}

rmSync(workDir, { recursive: true, force: true })
// NodeNext needs to know the consumer files are ESM; inside /work/main so node_modules resolves upward.
mkdirSync(workDir, { recursive: true })
writeFileSync(join(workDir, 'package.json'), JSON.stringify({ type: 'module', private: true }, null, 2) + '\n')
for (const name of names) {
  mkdirSync(join(workDir, name))
  writeFileSync(join(workDir, name, 'index.ts'), sources[name] ?? '')
  writeFileSync(join(workDir, name, 'tsconfig.json'), JSON.stringify(tsconfig, null, 2) + '\n')
}

interface Sample { files: number; lines: number; tsLines: number; checkTime: number; totalTime: number; memoryMB: number }

function runTsc(name: string): Sample {
  // A fresh process per run: no shared JIT or file cache inside tsc between samples.
  const res = spawnSync(process.execPath, [tscPath, '-p', join(workDir, name), '--noEmit', '--extendedDiagnostics'], { encoding: 'utf8' })
  const out = res.stdout + res.stderr
  if (res.status !== 0) {
    console.error(`\n"${name}" failed to type-check (exit ${res.status}):\n${out}`)
    process.exit(1)
  }
  const stat = (label: string): number => {
    const m = out.match(new RegExp(`^${label}:\\s+([\\d.]+)`, 'm'))
    if (!m?.[1]) throw new Error(`"${label}" missing from tsc --extendedDiagnostics output:\n${out}`)
    return Number(m[1])
  }
  // tsc splits "Lines" by kind; the sum is what gets parsed and bound.
  const lines = [...out.matchAll(/^Lines of \w+:\s+(\d+)/gm)].reduce((sum, m) => sum + Number(m[1]), 0)
  return {
    files: stat('Files'), lines, tsLines: stat('Lines of TypeScript'),
    checkTime: stat('Check time'), totalTime: stat('Total time'), memoryMB: Math.round(stat('Memory used') / 1024),
  }
}

const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b)
  const mid = Math.floor(s.length / 2)
  return s.length % 2 ? (s[mid] ?? 0) : ((s[mid - 1] ?? 0) + (s[mid] ?? 0)) / 2
}

const samples: Record<string, Sample[]> = Object.fromEntries(names.map((n) => [n, []]))
for (let round = 0; round < WARMUP + RUNS; round++) {
  // Interleave and rotate the order so machine noise and position effects hit every project alike.
  const order = [...names.slice(round % names.length), ...names.slice(0, round % names.length)]
  for (const name of order) {
    const s = runTsc(name)
    if (round >= WARMUP) samples[name]?.push(s)
    process.stderr.write(`${round < WARMUP ? 'warm-up' : `run ${round}`} ${name}: ${s.totalTime}s\n`)
  }
}

const results = Object.fromEntries(names.map((name) => {
  const runs = samples[name] ?? []
  const med = (key: keyof Sample): number => median(runs.map((r) => r[key]))
  return [name, {
    files: med('files'), lines: med('lines'), tsLines: med('tsLines'),
    checkTime: med('checkTime'), totalTime: med('totalTime'), memoryMB: med('memoryMB'),
  }]
})) as Record<string, Sample>

// Our modules are .ts, so skipLibCheck must not hide them: the ours projects should check far more
// TypeScript lines than the few in their own index.ts.
for (const name of ['ours', 'ours-barrel']) {
  if ((results[name]?.tsLines ?? 0) < 200) {
    console.error(`"${name}" checked only ${results[name]?.tsLines} TypeScript lines: generated code was not type-checked`)
    process.exit(1)
  }
}

const sdkTotal = results.sdk?.totalTime ?? NaN
const ratio = (name: string): number => Number(((results[name]?.totalTime ?? NaN) / sdkTotal).toFixed(2))

console.log(`\ntsc ${tsVersion}, node ${process.version}, median of ${RUNS} runs (+${WARMUP} warm-up)\n`)
console.log('| project | files | lines (all) | lines (.ts) | check time | total time | memory | total vs sdk |')
console.log('|---|---:|---:|---:|---:|---:|---:|---:|')
for (const name of names) {
  const r = results[name]
  if (!r) continue
  console.log(`| ${name} | ${r.files} | ${r.lines} | ${r.tsLines} | ${r.checkTime.toFixed(2)}s | ${r.totalTime.toFixed(2)}s | ${r.memoryMB} MB | ${ratio(name).toFixed(2)}x |`)
}

const report = {
  date: new Date().toISOString(),
  typescript: tsVersion,
  node: process.version,
  runs: RUNS,
  warmup: WARMUP,
  medians: results,
  ratioTotalTime: { ours: ratio('ours'), 'ours-barrel': ratio('ours-barrel') },
  target: 1.5,
}
writeFileSync(join(benchDir, 'results-tsc.json'), JSON.stringify(report, null, 2) + '\n')
console.log(`\nratio ours/sdk (total time): ${report.ratioTotalTime.ours}x, barrel: ${report.ratioTotalTime['ours-barrel']}x (target <= 1.5x)`)
