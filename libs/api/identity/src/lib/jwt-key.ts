import { createSecretKey, KeyObject } from 'node:crypto';

/**
 * The HMAC key as a KeyObject. Given a string, jsonwebtoken first tries to parse it as a PEM key on every sign
 * and verify, throws and falls back: about a fifth of the API's CPU under load went there.
 */
export const jwtKey = (secret: string): KeyObject => createSecretKey(Buffer.from(secret, 'utf8'));
