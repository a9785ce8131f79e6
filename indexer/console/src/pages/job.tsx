// The job a lease runs, written in a form: image, command, ports, SSH key. It becomes the job spec
// (provider/job's version 1 format) the provider's node starts.
import { sha256, stringToBytes, type Hex } from "viem";
import { amountField } from "../lib/fields";
import { units } from "../lib/format";
import { Field } from "../ui";

export interface Job {
  image: string;
  command: string;
  ports: string;
  sshKey: string;
  /** GiB of memory, CPUs and GiB of disk the container may use. */
  memoryGiB: string;
  cpus: string;
  diskGiB: string;
}

export const emptyJob: Job = {
  image: "docker.io/library/python:3.12-slim", command: "", ports: "", sshKey: "", memoryGiB: "8", cpus: "2", diskGiB: "20",
};

// provider/job's limits (spec.go, validate.go); provider/job/testdata/form-vectors.json holds specs this form
// makes and references it must accept or refuse, and provider/job's tests decode the same file.
const MAX_REF = 512, MAX_ARGS = 256, MAX_PORTS = 32, PIDS = 4096;
const GiB = 1n << 30n;
const MIN_MEMORY = 64n << 20n, MAX_MEMORY = 4n << 40n, MIN_DISK = 64n << 20n, MAX_DISK = 64n << 40n;

// An image reference as Docker's distribution/reference reads one: [domain[:port]/]path[:tag][@digest], the
// path in lower case.
const label = "[a-zA-Z0-9](?:[a-zA-Z0-9-]*[a-zA-Z0-9])?";
const domain = `(?:${label}(?:\\.${label})*|\\[[0-9a-fA-F:]+\\])(?::[0-9]+)?`;
const component = "[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*";
const REF = new RegExp(`^(?:${domain}/)?${component}(?:/${component})*(?::\\w[\\w.-]{0,127})?(?:@(?:sha256:[0-9a-f]{64}|sha512:[0-9a-f]{128}))?$`);

/** Whether ref reads as an image reference (provider/job checks it with Docker's parser). */
export function imageRef(ref: string): boolean {
  return new TextEncoder().encode(ref).length <= MAX_REF && REF.test(ref);
}

/** Splits a command line on spaces, keeping quoted words together. */
export function words(s: string): string[] {
  const out: string[] = [];
  const re = /"([^"]*)"|'([^']*)'|(\S+)/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(s))) out.push(m[1] ?? m[2] ?? m[3]);
  return out;
}

function bytesOf(text: string, field: string, min: bigint, max: bigint): number {
  const v = amountField(text, 3, field); // thousandths of a GiB is plenty
  const bytes = (v * GiB) / 1000n;
  const gib = (b: bigint) => units((b * 10000n) / GiB, 4, 4);
  if (bytes < min || bytes > max) throw new Error(`${field}: from ${gib(min)} GiB (${min >> 20n} MiB) to ${gib(max)} GiB.`);
  return Number(bytes);
}

/** The version 1 job spec for a lease of `gpus` GPUs, or an error naming the field. */
export function jobSpec(j: Job, gpus: number): object {
  const image = j.image.trim();
  if (!image) throw new Error("Image: required (a registry reference such as docker.io/library/ubuntu:24.04).");
  if (!imageRef(image)) throw new Error("Image: not an image reference (like docker.io/library/ubuntu:24.04, the name in lower case).");
  const command = words(j.command);
  if (command.length > MAX_ARGS) throw new Error(`Command: at most ${MAX_ARGS} words.`);
  if (command.some((w) => w.includes("\u0000"))) throw new Error("Command: no NUL characters.");
  // A lone surrogate has no UTF-8 form: the provider would read another spec than the one bound.
  for (const [field, text] of [["Image", image], ["Command", j.command], ["SSH public key", j.sshKey]])
    if (/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/.test(text)) throw new Error(`${field}: not valid text (a broken character).`);
  const seen = new Set<number>();
  const ports = j.ports
    .split(/[\s,]+/)
    .filter(Boolean)
    .map((p) => {
      const n = Number(p);
      if (!/^\d+$/.test(p) || n < 1 || n > 65535) throw new Error(`Ports: ${p} is not a port (1–65535).`);
      if (seen.has(n)) throw new Error(`Ports: ${p} is listed twice.`);
      seen.add(n);
      return { port: n, protocol: "tcp" };
    });
  if (ports.length > MAX_PORTS) throw new Error(`Ports: at most ${MAX_PORTS}.`);
  const key = j.sshKey.trim();
  if (key && !/^(ssh-(ed25519|rsa)|ecdsa-sha2-nistp(256|384|521)|sk-ssh-ed25519@openssh\.com|sk-ecdsa-sha2-nistp256@openssh\.com) [A-Za-z0-9+/]+={0,2}( [^\r\n]*)?$/.test(key))
    throw new Error("SSH public key: paste one OpenSSH public key on one line (ssh-ed25519 AAAA… you@host).");
  const memory = bytesOf(j.memoryGiB, "Memory", MIN_MEMORY, MAX_MEMORY);
  const cpus = amountField(j.cpus, 3, "CPUs");
  if (cpus < 100n || cpus > 1024n * 1000n) throw new Error("CPUs: from 0.1 to 1024.");
  const disk = bytesOf(j.diskGiB, "Disk", MIN_DISK, MAX_DISK);
  return {
    version: 1,
    image: { ref: image },
    ...(command.length ? { command } : {}),
    ...(ports.length ? { ports } : {}),
    resources: { gpus, memory, millicpus: Number(cpus), pids: PIDS, disk },
    ...(key ? { ssh_authorized_key: key } : {}),
  };
}

/** The spec's canonical encoding, byte for byte provider/job's Spec.Encode: Go's encoding/json of the fields
 * in the struct's order (jobSpec builds them in that order), without HTML escaping; Go escapes U+2028 and
 * U+2029 where JSON.stringify does not. */
export function encodeJob(spec: object): string {
  return JSON.stringify(spec).replace(/\u2028/g, "\\u2028").replace(/\u2029/g, "\\u2029");
}

/** The 32 bytes a lease binds (v2's jobCID): the sha2-256 digest of the canonical encoding, the multihash of
 * the spec's CID (CIDv1, raw codec). */
export function jobDigest(spec: object): Hex {
  return sha256(stringToBytes(encodeJob(spec)));
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
      <div class="grid3">
        <Field label="Memory, GiB" id="job-memory">
          <input id="job-memory" inputMode="decimal" value={job.memoryGiB} onInput={set("memoryGiB")} />
        </Field>
        <Field label="CPUs" id="job-cpus">
          <input id="job-cpus" inputMode="decimal" value={job.cpus} onInput={set("cpus")} />
        </Field>
        <Field label="Disk, GiB" id="job-disk">
          <input id="job-disk" inputMode="decimal" value={job.diskGiB} onInput={set("diskGiB")} />
        </Field>
      </div>
      <Field label="SSH public key" id="job-ssh" hint="optional">
        <textarea id="job-ssh" rows={2} value={job.sshKey} onInput={set("sshKey")} aria-describedby="job-ssh-hint" spellcheck={false} />
      </Field>
    </fieldset>
  );
}
