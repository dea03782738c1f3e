// Sentences of the form readers' issues (reported by the structure rule) and of the template
// placeholder rule, Chinese and English. Chinese must stay exactly as before the catalogue.

import type { Catalogue } from '../i18n/text';

export const structureCatalogue: Catalogue = {
};
