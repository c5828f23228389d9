import type { ProgressLabels } from './progress-types';

export const esProgress: ProgressLabels = {
  progressHeading: 'Evolución',
  sincePrevious: (date) => `Desde el informe anterior (${date})`,
  sinceFirst: (date) => `Desde el primer informe (${date})`,
  scoreChange: (delta, percent) =>
    percent === null ? `${delta} (sin porcentaje sobre una puntuación de 0)` : `${delta} (${percent})`,
  trends: {
    improving: 'Mejora',
    worsening: 'Empeora',
    unchanged: 'Sin cambios',
    higher: 'Más alta',
    lower: 'Más baja',
  },
  higherIsBetter: 'En esta escala, una puntuación más alta es mejor (según los intervalos del informe).',
  higherIsWorse: 'En esta escala, una puntuación más alta es más grave (según los intervalos del informe).',
  directionUnknown: 'Los intervalos del informe no indican si una puntuación más alta es mejor o peor.',
  progressChartTitle: (system) => `${system} por fecha del informe`,
  progressChartDescription: (system, n) =>
    `Gráfico de líneas de ${system} en ${n} informes, sobre los intervalos de gravedad del informe. Las mismas cifras aparecen en la tabla.`,
  progressTableCaption: (system) => `${system}: puntuación de cada informe`,
  reportDate: 'Fecha del informe',
  score: 'Puntuación',
  interpretation: 'Interpretación',
  topCondition: 'Afección más probable',
  thisReport: 'este informe',
  earlierLoading: (n) => (n === 1 ? 'Cargando 1 informe anterior…' : `Cargando ${n} informes anteriores…`),
  earlierFailed: (n) =>
    n === 1 ? 'No se pudo cargar 1 informe anterior.' : `No se pudieron cargar ${n} informes anteriores.`,
  earlierFailure: (reason, idEnd) => `Informe …${idEnd}: ${reason}`,
  earlierUndated: (n) =>
    n === 1
      ? '1 informe anterior no tiene fecha y no se puede situar en el tiempo.'
      : `${n} informes anteriores no tienen fecha y no se pueden situar en el tiempo.`,
  progressUnavailable: 'No se pudo cargar la evolución entre visitas.',

  compareWith: 'Comparar con una visita anterior',
  compareNone: 'Sin comparación',
  earlierVisit: (date, visit) => (visit ? `${date} (visita ${visit})` : date),
  earlierImageAlt: (date) => `La misma localización en la visita del ${date}`,
  currentVisit: 'Esta visita',

  bodySiteMap: (site) => `Localización anatómica: ${site}`,
  front: 'Delante',
  back: 'Detrás',
  rightSide: 'D',
  leftSide: 'I',
};
