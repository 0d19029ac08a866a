// Profile URLs are normalised in one place for the page and the touch log.
export { isMemberIdUrl, normaliseProfileUrl, splitProfileUrl } from '@/lib/linkedin-url';
