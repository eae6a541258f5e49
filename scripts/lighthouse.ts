/**
 * Lighthouse (mobile, its default) on the built app, served by `vite preview`: performance and
 * accessibility of each page, the median of a few runs (scores move by a few points from run to
 * run on a busy machine, mostly through Total Blocking Time).
 *
 * Usage: npm run build && npm run lighthouse [-- PATH...]   (default: the home page, /)
 * Env: RUNS (default 3), PORT (default 4180), CHROME_PATH (default /usr/bin/chromium).
 */
import { spawn, spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

const paths = process.argv.slice(2).length > 0 ? process.argv.slice(2) : ['/']
const runs = Number(process.env.RUNS ?? 3)
const port = Number(process.env.PORT ?? 4180)
const chrome = process.env.CHROME_PATH ?? '/usr/bin/chromium'

if (!existsSync('dist/index.html')) {
  console.error('dist/ is missing: run `npm run build` first.')
  process.exit(1)
}

const preview = spawn('node_modules/.bin/vite', ['preview', '--host', '127.0.0.1', '--port', String(port), '--strictPort'], {
  env: { ...process.env, BASE_PATH: '/' },
  stdio: 'ignore',
})
const out = mkdtempSync(join(tmpdir(), 'lighthouse-'))

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.floor(sorted.length / 2)] ?? NaN
}

try {
  await waitForServer(`http://127.0.0.1:${port}/`)
  for (const path of paths) {
    const results: Array<{ performance: number; accessibility: number; figures: string }> = []
    for (let run = 0; run < runs; run++) {
      const report = join(out, `run-${run}.json`)
      const lighthouse = spawnSync(
        'node_modules/.bin/lighthouse',
        [`http://127.0.0.1:${port}${path}`, '--only-categories=performance,accessibility', '--chrome-flags=--headless --no-sandbox', '--output=json', `--output-path=${report}`, '--quiet'],
        { env: { ...process.env, CHROME_PATH: chrome }, stdio: ['ignore', 'ignore', 'inherit'] },
      )
      if (lighthouse.status !== 0) throw new Error(`lighthouse failed on ${path}`)
      const json = JSON.parse(readFileSync(report, 'utf8'))
      const figure = (id: string): string => `${id.replace(/-/g, ' ')} ${json.audits[id].displayValue}`
      results.push({
        performance: Math.round(json.categories.performance.score * 100),
        accessibility: Math.round(json.categories.accessibility.score * 100),
        figures: ['first-contentful-paint', 'largest-contentful-paint', 'total-blocking-time', 'cumulative-layout-shift'].map(figure).join(', '),
      })
    }
    const perf = results.map((r) => r.performance)
    console.log(
      `${path}: performance ${median(perf)} (runs: ${perf.join(', ')}), accessibility ${median(results.map((r) => r.accessibility))}` +
        `\n  last run: ${results.at(-1)?.figures}`,
    )
  }
} finally {
  preview.kill()
  rmSync(out, { recursive: true, force: true })
}

async function waitForServer(url: string): Promise<void> {
  for (let attempt = 0; attempt < 50; attempt++) {
    try {
      if ((await fetch(url)).ok) return
    } catch {
      // not up yet
    }
    await new Promise((resolve) => setTimeout(resolve, 200))
  }
  throw new Error(`vite preview did not answer at ${url}`)
}
