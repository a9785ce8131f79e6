// The job a lease runs, written in a form: image, command, ports, SSH key. It becomes the job spec
// (provider/job's version 1 format) the provider's node starts.
import { Field } from "../ui";

export interface Job {
  image: string;
  command: string;
  ports: string;
  sshKey: string;
}

export const emptyJob: Job = { image: "docker.io/library/python:3.12-slim", command: "", ports: "", sshKey: "" };

/** Splits a command line on spaces, keeping quoted words together. */
export function words(s: string): string[] {
  const out: string[] = [];
  const re = /"([^"]*)"|'([^']*)'|(\S+)/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(s))) out.push(m[1] ?? m[2] ?? m[3]);
  return out;
}

/** The job spec, or an error naming the field. */
export function jobSpec(j: Job): object {
  if (!j.image.trim()) throw new Error("Image: required (a registry reference such as docker.io/library/ubuntu:24.04).");
  const ports = j.ports
    .split(/[\s,]+/)
    .filter(Boolean)
    .map((p) => {
      const n = Number(p);
      if (!Number.isInteger(n) || n < 1 || n > 65535) throw new Error(`Ports: ${p} is not a port (1–65535).`);
      return { port: n, protocol: "tcp" };
    });
  const key = j.sshKey.trim();
  if (key && !/^(ssh-(ed25519|rsa)|ecdsa-sha2-nistp\d+) [A-Za-z0-9+/=]+( .*)?$/.test(key))
    throw new Error("SSH key: paste one OpenSSH public key (ssh-ed25519 AAAA… you@host).");
  return {
    version: 1,
    image: { ref: j.image.trim() },
    ...(j.command.trim() ? { command: words(j.command) } : {}),
    ...(ports.length ? { ports } : {}),
    ...(key ? { ssh_authorized_key: key } : {}),
  };
}

export function JobForm({ job, onChange }: { job: Job; onChange(j: Job): void }) {
  const set = (k: keyof Job) => (e: Event) => onChange({ ...job, [k]: (e.currentTarget as HTMLInputElement).value });
  return (
    <fieldset class="job">
      <legend>Job</legend>
      <Field label="Image" id="job-image">
        <input id="job-image" value={job.image} onInput={set("image")} autoComplete="off" spellcheck={false} />
      </Field>
      <Field label="Command" id="job-command" hint="optional: replaces the image's command">
        <input id="job-command" value={job.command} onInput={set("command")} aria-describedby="job-command-hint" spellcheck={false} />
      </Field>
      <Field label="Ports" id="job-ports" hint="container ports to publish, e.g. 8888 22">
        <input id="job-ports" value={job.ports} onInput={set("ports")} aria-describedby="job-ports-hint" inputMode="numeric" />
      </Field>
      <Field label="SSH public key" id="job-ssh" hint="optional">
        <textarea id="job-ssh" rows={2} value={job.sshKey} onInput={set("sshKey")} aria-describedby="job-ssh-hint" spellcheck={false} />
      </Field>
    </fieldset>
  );
}
