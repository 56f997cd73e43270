import { cpus, loadavg, release, totalmem, type } from 'node:os';

export interface MachineFacts {
  date: string;
  cores: number;
  cpu: string;
  memoryGiB: number;
  os: string;
  node: string;
  loadAverage: number[];
}

export function machineFacts(): MachineFacts {
  const cpu = cpus();
  return {
    date: new Date().toISOString(),
    cores: cpu.length,
    cpu: cpu[0]?.model.trim() ?? '?',
    memoryGiB: Math.round((totalmem() / 2 ** 30) * 10) / 10,
    os: `${type()} ${release()}`,
    node: process.version,
    loadAverage: loadavg().map((x) => Math.round(x * 100) / 100),
  };
}
