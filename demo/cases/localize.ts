/**
 * The mock's stand-in for `?locale=`: Legit.Health translates a report's texts on its
 * side. Here a small dictionary replaces whole human-readable strings (never codes).
 */
import type { JsonValue } from '../../src/report/index.ts';

const TEXT_KEYS = new Set(['name', 'display', 'text', 'category']);

const ES: Readonly<Record<string, string>> = {
  Acne: 'Acné',
  Varicella: 'Varicela',
  Psoriasis: 'Psoriasis',
  'Palmoplantar psoriasis': 'Psoriasis palmoplantar',
  'Cutaneous melanoma': 'Melanoma cutáneo',
  'Melanocytic nevus': 'Nevus melanocítico',
  'Seborrheic keratosis': 'Queratosis seborreica',
  'Basal cell carcinoma': 'Carcinoma basocelular',
  Dermatofibroma: 'Dermatofibroma',
  'Eczematous dermatitis': 'Dermatitis eccematosa',
  'Allergic contact dermatitis': 'Dermatitis alérgica de contacto',
  'Tinea corporis': 'Tiña corporal',
  'Pityriasis rosea': 'Pitiriasis rosada',
  'Seborrheic dermatitis': 'Dermatitis seborreica',
  'Hidradenitis suppurativa': 'Hidradenitis supurativa',
  Furuncle: 'Forúnculo',
  'Epidermoid cyst': 'Quiste epidermoide',
  Folliculitis: 'Foliculitis',
  'Pyoderma gangrenosum': 'Pioderma gangrenoso',
  'Cutaneous abscess': 'Absceso cutáneo',
  Urticaria: 'Urticaria',
  'Insect bite reaction': 'Reacción a picadura de insecto',
  'Urticarial vasculitis': 'Vasculitis urticarial',
  'Drug eruption': 'Erupción medicamentosa',
  Mastocytosis: 'Mastocitosis',
  'Face and neck': 'Rostro y cuello',
  'Chest and belly': 'Pecho y abdomen',
  Back: 'Espalda',
  'Left arm': 'Brazo izquierdo',
  'Right arm': 'Brazo derecho',
  'Left elbow': 'Codo izquierdo',
  'Lichen simplex chronicus': 'Liquen simple crónico',
  'Poorly controlled': 'Mal controlada',
  'Well controlled': 'Bien controlada',
  'Complete control': 'Control completo',
  None: 'Ninguno',
  Mild: 'Leve',
  Moderate: 'Moderado',
  Severe: 'Grave',
  Intense: 'Intenso',
  Sensitivity: 'Sensibilidad',
  Specificity: 'Especificidad',
  Entropy: 'Entropía',
  'Has condition': 'Presenta afección',
  Malignancy: 'Malignidad',
  'Adjusted malignancy': 'Malignidad ajustada',
  'Pigmented lesion': 'Lesión pigmentada',
  'Urgent referral': 'Derivación urgente',
  'High priority referral': 'Derivación de alta prioridad',
};

/** Returns a translated deep copy for `es`; other locales get the English texts. */
export function localizeReport(json: JsonValue, locale: string): JsonValue {
  if (locale !== 'es') return json;
  const walk = (value: JsonValue, key: string | null): JsonValue => {
    if (Array.isArray(value)) return value.map((v) => walk(v, key));
    if (value !== null && typeof value === 'object') {
      return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, walk(v, k)]));
    }
    if (typeof value === 'string' && key !== null && TEXT_KEYS.has(key)) return ES[value] ?? value;
    return value;
  };
  return walk(json, null);
}
