import { hash, verify } from '@node-rs/argon2';

/** argon2id cost parameters (memory in KiB). */
export interface HashingCost {
  memoryCost: number;
  timeCost: number;
}

/** Hashes a password with argon2id; the salt and parameters travel inside the hash string. */
export function hashPassword(password: string, cost: HashingCost): Promise<string> {
  // algorithm 2 = argon2id (the const enum is not importable under isolatedModules)
  return hash(password, { algorithm: 2, memoryCost: cost.memoryCost, timeCost: cost.timeCost });
}

/** Checks a password against a stored hash; a malformed hash is a mismatch, not a crash. */
export async function verifyPassword(storedHash: string, password: string): Promise<boolean> {
  try {
    return await verify(storedHash, password);
  } catch {
    return false;
  }
}
