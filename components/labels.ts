/** Docker resources take labels as a list of pairs. */
export function dockerLabels(labels: Record<string, string>): { label: string; value: string }[] {
  return Object.entries(labels).map(([label, value]) => ({ label, value }));
}

export function stackLabels(stack: string): { label: string; value: string }[] {
  return dockerLabels({ "voice.stack": stack });
}
