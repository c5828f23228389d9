import { esProgress } from './progress-es';
import type { Labels } from './types';

/** Spanish labels, loaded only when a Spanish locale is shown. */
export const es: Labels = {
  ...esProgress,
  region: 'Informe diagnóstico',
  title: 'Informe diagnóstico',
  aiNotice: 'Informe preliminar generado por IA. Apoya el diagnóstico clínico, no lo sustituye.',
  notAvailable: 'No disponible',
  notAssessed: 'No evaluado',
  waiting: 'Complete el análisis en la ventana de Legit.Health; el informe aparecerá aquí.',
  loading: 'Cargando el informe…',
  retry: 'Reintentar',
  downloadPdf: 'Descargar PDF',
  reportLoaded: (summary) => `Informe cargado. ${summary}`,

  noConclusiveCondition: 'Sin diagnóstico concluyente',
  belowConfidenceThreshold: 'Ningún diagnóstico superó el umbral de confianza de Legit.Health',
  topSuggestion: 'Principal sugerencia de la IA',
  bodySite: 'Localización anatómica',
  issued: 'Fecha de emisión',
  created: 'Fecha de creación',
  visit: 'Visita',
  icd11: 'CIE-11',
  portalData: 'Datos del portal',

  findingsHeading: 'Derivación y riesgo',
  findingNames: {
    hasCondition: 'Presencia de afección',
    malignancy: 'Malignidad',
    adjustedMalignancy: 'Malignidad ajustada',
    pigmentedLesion: 'Lesión pigmentada',
    urgentReferral: 'Derivación urgente (48 h)',
    highPriorityReferral: 'Derivación preferente (15 días)',
  },
  calloutUrgentReferral: (v) =>
    `Estimación de la IA: derivación urgente probable, ${v}. El paciente debería ser valorado por un médico en un plazo máximo de 48 horas.`,
  calloutHighPriorityReferral: (v) =>
    `Estimación de la IA: derivación preferente probable, ${v}. El paciente debería ser valorado por un médico en un plazo máximo de 15 días.`,
  calloutMalignancy: (v) => `Estimación de la IA: posible malignidad, ${v}.`,
  calloutAdjustedMalignancy: (v) => `Estimación de la IA: posible malignidad (malignidad ajustada), ${v}.`,
  calloutPigmentedLesion: (v) => `Estimación de la IA: probable lesión pigmentada, ${v}.`,
  calloutHasCondition: (v) => `Estimación de la IA: es probable que exista una afección cutánea, ${v}.`,
  thresholdNote: (t) => `Umbrales del portal para los avisos (política de este portal, no de Legit.Health): ${t}.`,

  summaryHeading: 'Resumen',
  referral: 'Derivación',
  notComputed: 'no calculada',
  referralBelow: (values) => `por debajo de los umbrales del portal — ${values}.`,
  certainty: 'Certeza del resultado',
  entropyReading: (v) => `entropía ${v} (cuanto menor, más certeza).`,
  uncertainResult: (v) => `resultado incierto: entropía ${v} (cuanto menor, más certeza).`,
  imageQuality: 'Calidad de imagen',
  imagesBelowQuality: (below, total) =>
    `${below} de ${total} ${total === 1 ? 'imagen' : 'imágenes'} por debajo del umbral de calidad.`,
  imagesAboveQuality: (total) =>
    total === 1
      ? 'la imagen alcanza el umbral de calidad.'
      : total === 2
        ? 'ambas imágenes alcanzan el umbral de calidad.'
        : `las ${total} imágenes alcanzan el umbral de calidad.`,
  imagesUnscored: (n) => (n === 1 ? '1 imagen sin puntuación de calidad.' : `${n} imágenes sin puntuación de calidad.`),
  noImages: 'sin imágenes.',
  portalThreshold: (v) => `Umbral del portal: ${v}`,
  portalThresholds: (v) => `Umbrales del portal: ${v}`,
  portalThresholdOff: 'Umbral del portal: desactivado',
  portalPolicyNote: 'Los umbrales son la política de este portal, no de Legit.Health.',

  conclusionsHeading: 'Diagnóstico diferencial',
  conclusionsChartTitle: 'Probabilidad de cada diagnóstico',
  conclusionsChartDescription: (top) =>
    `Gráfico de barras de los diagnósticos ordenados por probabilidad; el más probable es ${top}. Las mismas cifras aparecen en la tabla.`,
  condition: 'Diagnóstico',
  probability: 'Probabilidad',
  otherConditions: (n) => `Otros diagnósticos (${n})`,
  combined: 'en conjunto',

  severityHeading: 'Gravedad',
  severityLevels: { 1: 'gravedad baja', 2: 'gravedad moderada', 3: 'gravedad alta' },
  scoreText: (score, band, severity) =>
    [score, band && `— ${band}`, severity && `(${severity})`].filter(Boolean).join(' '),
  scoreOutsideBands: 'La puntuación queda fuera de los intervalos publicados.',
  noBands: 'No se indicaron intervalos de gravedad para esta puntuación.',
  severityDisagrees: (band) =>
    `Se muestra la interpretación del informe; no coincide con el intervalo que contiene esta puntuación: ${band}.`,
  facets: 'Parámetro evaluado',
  facetValue: 'Valor',
  rawValue: 'Puntuación',
  reduction: 'Reducción',
  explainability: (s) => `Zonas que determinaron la puntuación ${s}`,
  enlargeExplainability: (s) => `Ampliar las zonas que determinaron la puntuación ${s}`,
  annotations: 'Anotaciones',

  imagesHeading: 'Imágenes',
  imageAlt: (i, m) => `Imagen ${i}${m ? `, ${m}` : ''}`,
  macroscopicAlt: 'Vista general de la zona del cuerpo',
  quality: (s) => `Calidad ${s}/100`,
  qualityNotAvailable: 'Calidad: no disponible',
  lowQuality: 'Calidad baja',
  modality: 'Modalidad',
  modalityNames: { clinical: 'Clínica', dermoscopic: 'Dermatoscópica' },
  enlarge: (i) => `Ampliar imagen ${i}`,
  close: 'Cerrar',
  imageRefreshing: 'El enlace de la imagen caducó; actualizando…',
  imageUnavailable: 'Imagen no disponible',

  anamnesisHeading: 'Anamnesis',
  metricsHeading: 'Rendimiento del modelo',
  sensitivity: 'Sensibilidad',
  specificity: 'Especificidad',
  entropy: 'Entropía',
  analysisDuration: 'Tiempo de análisis',
  seconds: (v) => `${v} s`,

  imageRejected: (reasons) =>
    `Legit.Health no aceptó la última foto${reasons ? ` (${reasons})` : ''}. Vuelva a tomarla en la ventana de Legit.Health.`,
  invalidCompanyKey:
    'La ventana de Legit.Health no pudo iniciarse: rechazó la clave de empresa del portal. Pida a su administrador que revise la configuración de Legit.Health del portal.',
  warningsSummary: (n) =>
    n === 1
      ? 'Una parte de este informe no se pudo leer y no se muestra.'
      : `${n} partes de este informe no se pudieron leer y no se muestran.`,
  warningsKept: (n) =>
    n === 1
      ? 'Una parte de este informe se muestra, pero conviene revisarla.'
      : `${n} partes de este informe se muestran, pero conviene revisarlas.`,
  outOfRange: 'fuera de 0–100',

  errorHeading: 'No se pudo mostrar el informe',
  errors: {
    NOT_FOUND: 'No se encontró este informe. Puede que se haya eliminado o que el enlace sea incorrecto.',
    UNAUTHORIZED: 'Su sesión ha caducado. Vuelva a iniciar sesión en el portal.',
    FORBIDDEN: 'No tiene permiso para ver este informe.',
    RATE_LIMITED: 'Demasiadas solicitudes en este momento. Espere un momento.',
    UPSTREAM: 'Legit.Health no pudo entregar el informe en este momento.',
    NETWORK: 'No se pudo cargar el informe: la red no está disponible.',
    TIMEOUT: 'El informe tardó demasiado en cargarse.',
    INVALID_RESPONSE: 'El informe llegó en un formato que no se pudo leer.',
    INVALID_ID: 'No se puede abrir este informe: su identificador no es válido.',
    CHUNK_LOAD_FAILED: 'No se pudo cargar una parte del visor. Compruebe la conexión e inténtelo de nuevo.',
  },
};
