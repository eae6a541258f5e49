import { useMemo } from 'react'
import { useSearchParams } from 'react-router'
import { readEmbedSettings, type EmbedSettings } from '../lib/embed-settings'

/** Embed mode and theme, as the current address sets them (they stay on every in-app link). */
export function useEmbedSettings(): EmbedSettings {
  const [params] = useSearchParams()
  const embed = params.get('embed')
  const theme = params.get('theme')
  return useMemo(() => readEmbedSettings(new URLSearchParams({ embed: embed ?? '', theme: theme ?? '' })), [embed, theme])
}
