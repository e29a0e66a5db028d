import type { MessageKey } from './i18n';
import type { RuleName } from '../extract/types';

// Why a block was hidden, in plain words: one message per clutter rule (a new rule without one does not compile),
// plus the reader's own choices.
const ruleReasons: Record<RuleName, MessageKey> = {
  navigation: 'reasonNavigation', form: 'reasonForm', newsletter: 'reasonNewsletter', 'call-to-action': 'reasonCallToAction',
  'consent-banner': 'reasonConsent', 'share-bar': 'reasonShare', ad: 'reasonAd', comments: 'reasonComments', reviews: 'reasonReviews',
  hidden: 'reasonHidden', 'audio-note': 'reasonAudio', related: 'reasonRelated', 'author-box': 'reasonAuthorBox',
  tags: 'reasonTags', 'duplicate-header': 'reasonDuplicateHeader', 'feed-rail': 'reasonFeedRail',
  boilerplate: 'reasonBoilerplate', credit: 'reasonCredit', contents: 'reasonContents', modal: 'reasonModal', 'another-story': 'reasonAnotherStory',
  'not-content': 'reasonNotContent', 'not-in-article-text': 'reasonNotInArticleText', 'repeated-image': 'reasonRepeatedImage',
};
const reasons: Record<string, MessageKey> = { ...ruleReasons, 'your-rule': 'reasonYourRule', 'by-you': 'reasonByYou', user: 'reasonByYou' };

/** The message key for a hidden block's reason; a rule without its own words reads as "other clutter". */
export function reasonKey(reason: string): MessageKey {
  return Object.hasOwn(reasons, reason) ? reasons[reason]! : 'reasonOther';
}
