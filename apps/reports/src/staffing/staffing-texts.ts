import type { Resource } from 'i18next';

/**
 * Texts of the staffing plan's page («План работы окон»), Russian first, English switchable. The tables
 * come from the server in Russian (the files carry the same); their English names are here, and under
 * each table what its figures are and how they are made.
 */
export const STAFFING_TEXTS: Resource = {
  ru: {
    staffing: {
      page: 'План работы окон',
      intro:
        'Сколько окон нужно открыть в каждый час, чтобы посетителей вызывали в пределах норматива ожидания, и когда перерывы меньше всего задержат людей. План составлен по журналу офиса за последние восемь недель; ниже каждой таблицы сказано, как получено каждое число.',
      controls: {
        title: 'Параметры плана',
        confidence: 'Вызвать в пределах норматива',
        confidenceValue: '{{percent}} % посетителей',
        reviewDay: 'День для сравнения по часам',
        show: 'Показать',
        building: 'Считаем…',
      },
      heading: {
        office: 'Офис',
        period: 'Период',
        norms: 'Нормативы',
        basis: 'Условие',
        generated: 'Сформирован',
        computed: 'посчитан по журналу событий за {{ms}} мс',
      },
      example: {
        title: 'Пример расчёта',
        text: 'Завтра с {{from}} до {{to}} в очередь группы «{{group}}» ожидается посетителей: {{arrivals}}. Каждый занимает окно в среднем {{minutes}} мин (подход к окну после вызова и обслуживание), вместе это {{load}} ч работы окон за один час. Посетители приходят неравномерно, а обслуживание длится по-разному, поэтому, чтобы {{percent}} % из них были вызваны не позже чем через {{norm}} мин, нужно окон: {{windows}}.',
      },
      chart: {
        title: 'Завтра, {{day}}: окна по часам',
        needed: 'нужно окон',
        usual: 'обычно открыто',
        short: 'нужно больше, чем обычно открыто',
        point: '{{hour}}:00 — нужно {{needed}}, обычно открыто {{usual}}',
        hourAxis: 'час',
        none: 'В журнале офиса пока нет посетителей, план составить не из чего.',
      },
      notes: {
        tomorrow: [
          '«Ожидается посетителей» — среднее число посетителей, вставших в очередь группы в этот час, по дням того же типа за восемь недель: тот же день недели, а в дни приёма показаний — такие же дни.',
          '«Нужно окон» — наименьшее число окон, при котором выбранная доля посетителей будет вызвана в пределах норматива ожидания группы (расчёт — в разделе «Как считается план»).',
          '«Обычно открыто окон» — сколько окон этой группы в среднем было открыто в этот час в те же дни; окно, открытое полчаса, считается за половину.',
          '«Перерыв» — часы, когда окон нужно меньше, чем в пик группы; «лучше всего» — два самых спокойных часа.',
        ],
        week: [
          '«Дней в основе» — сколько дней журнала легли в план дня. «По всем дням» в типе дня: такого же дня в журнале за восемь недель нет, и план составлен по всем недавним дням — он менее точен.',
          '«Окон в час пик» — наибольшее «Нужно окон» за день; «Окно-часов нужно» — сумма «Нужно окон» по часам; «Обычно окно-часов» — сколько окно-часов группы обычно открыто в такой день.',
          '«Часы для перерывов» — до трёх самых спокойных часов дня.',
        ],
        review: [
          'Для каждого из последних дней план составлен так же, но только по дням до него, — и сравнён с тем, что было.',
          '«Пришло» — посетители, вставшие в очередь группы (талон, перевод, следующая тема того же визита). «Окно-часов открыто» — сумма времени, когда окна группы были открыты.',
          '«Не хватало окно-часов» — сумма по часам, где окон было открыто меньше, чем по плану; «Сверх плана» — где больше.',
          '«Вызваны в нормативе» — доля вызванных не позже норматива ожидания среди всех вызванных, по часу, когда посетитель встал в очередь.',
        ],
        reviewHours: [
          'Тот же день по часам: сколько посетителей ожидалось и пришло, сколько окон было нужно по плану и сколько было открыто в среднем за час, и какая доля вызвана в пределах норматива.',
        ],
        basis: [
          '«Время окна на посетителя» — среднее время от вызова посетителя до конца его обслуживания (подход к окну и само обслуживание) по журналу за восемь недель.',
          '«Разброс времени» — насколько время обслуживания отличается от посетителя к посетителю (стандартное отклонение в процентах от среднего): чем он больше, тем больше окон нужно при том же числе посетителей.',
          '«Норматив ожидания» — из нормативов офиса для этой группы.',
        ],
      },
      assumptions: {
        title: 'Как считается план',
        items: [
          'Посетители по часам — среднее по дням того же типа за восемь недель: тот же день недели, а в дни приёма показаний — такие же дни. Если таких дней в журнале нет, берутся все недавние дни, и таблица говорит «по всем дням».',
          'Время окна на посетителя — подход к окну после вызова и само обслуживание, с разбросом, как в журнале офиса (таблица ниже).',
          'Модель очереди M/G/c (формула Эрланга C с поправкой Аллена — Каннина): внутри часа посетители приходят случайно и независимо, час считается установившимся, окна одной группы обслуживают общую очередь. Формула даёт долю посетителей, которым придётся ждать дольше норматива при данном числе окон; план берёт наименьшее число окон, при котором в пределах норматива вызваны не меньше выбранной доли.',
          'Очередь, оставшаяся от прошлого часа, не учитывается — запас даёт выбранная доля.',
          'Для перерывов подходят часы ниже пика группы, самые спокойные — «лучше всего».',
        ],
      },
      export: { csv: 'Скачать CSV', xlsx: 'Скачать все таблицы (XLSX)', print: 'Печать' },
      tables: { empty: 'Нет данных.' },
      errors: { network: 'Нет связи с сервером. Попробуйте ещё раз через минуту.' },
    },
  },
  en: {
    staffing: {
      page: 'Staffing plan',
      intro:
        'How many windows to open each hour so that visitors are called within the wait norm, and when breaks delay people least. Worked out from the office’s own log of the last eight weeks; under each table, how each figure is made.',
      controls: {
        title: 'Plan settings',
        confidence: 'Called within the norm',
        confidenceValue: '{{percent}} % of visitors',
        reviewDay: 'Day compared hour by hour',
        show: 'Show',
        building: 'Working…',
      },
      heading: {
        office: 'Office',
        period: 'Period',
        norms: 'Norms',
        basis: 'Target',
        generated: 'Generated',
        computed: 'computed from the event log in {{ms}} ms',
      },
      example: {
        title: 'A worked example',
        text: 'Tomorrow from {{from}} to {{to}}, visitors expected in the queue of “{{group}}”: {{arrivals}}. Each takes a window for {{minutes}} min on average (the walk after the call and the service): together {{load}} hours of window work in one hour. Visitors come unevenly and services differ in length, so for {{percent}} % of them to be called within {{norm}} min, windows needed: {{windows}}.',
      },
      chart: {
        title: 'Tomorrow, {{day}}: windows by hour',
        needed: 'windows needed',
        usual: 'usually open',
        short: 'more needed than usually open',
        point: '{{hour}}:00 — {{needed}} needed, {{usual}} usually open',
        hourAxis: 'hour',
        none: 'The office’s log has no visitors yet; there is nothing to plan from.',
      },
      notes: {
        tomorrow: [
          '“Visitors expected”: the mean number joining the group’s queue in the hour over days of the same kind in eight weeks — the same weekday, or meter-reading days.',
          '“Windows needed”: the fewest windows with which the chosen share of visitors is called within the group’s wait norm (see “How the plan is worked out”).',
          '“Windows usually open”: the group’s windows open in that hour on those days, on average; a window open for half an hour counts as half.',
          '“Break”: hours needing fewer windows than the group’s peak; “best” marks the two quietest.',
        ],
        week: [
          '“Days it rests on”: the days of the log behind the day’s plan. “From every day” in the kind of day: the log of eight weeks has no day of the same kind, so every recent day was used — a rougher plan.',
          '“Windows at the peak”: the day’s largest “Windows needed”; “Window-hours needed”: their sum over the hours; “Window-hours usually open”: what such a day usually has.',
          '“Hours for breaks”: up to three of the day’s quietest hours.',
        ],
        review: [
          'Each recent day is planned the same way from the days before it only, and set against what happened.',
          '“Came”: visitors joining the group’s queue (a ticket, a transfer, the next topic of a visit). “Window-hours open”: the time the group’s windows were open.',
          '“Window-hours short”: summed over the hours with fewer windows open than planned; “over the plan”: with more.',
          '“Called within the norm”: the share of those called who were called within the wait norm, by the hour they joined the queue.',
        ],
        reviewHours: [
          'The same day hour by hour: visitors expected and come, windows planned and open on average in the hour, and the share called within the norm.',
        ],
        basis: [
          '“Window time per visitor”: the mean time from a visitor’s call to the end of their service (the walk and the service) in eight weeks of the log.',
          '“Spread”: how much that time varies between visitors (the standard deviation as a percentage of the mean): the larger, the more windows the same visitors need.',
          '“Wait norm”: the office’s norm for the group.',
        ],
      },
      assumptions: {
        title: 'How the plan is worked out',
        items: [
          'Visitors per hour: the mean over days of the same kind in eight weeks — the same weekday, or meter-reading days. With no such day in the log, every recent day is used, and the table says “from every day”.',
          'A window’s time per visitor: the walk to the window after the call and the service, with the spread the office’s log shows (the table below).',
          'The M/G/c queue (Erlang C with the Allen–Cunneen correction): within an hour visitors arrive at random and independently, the hour is treated as steady, the windows of one group serve one queue. The formula gives the share who would wait longer than the norm with so many windows; the plan takes the fewest windows with which at least the chosen share is called within it.',
          'A queue left over from the hour before is not counted — the chosen share is the margin.',
          'Breaks fit in the hours below the group’s peak; the quietest are “best”.',
        ],
      },
      export: { csv: 'Download CSV', xlsx: 'Download all tables (XLSX)', print: 'Print' },
      tables: {
        empty: 'No data.',
        tomorrow: 'Plan for tomorrow',
        week: 'Plan for the week',
        review: 'Plan and outcome by day',
        reviewHours: 'Plan and outcome by hour',
        basis: 'What the plan rests on',
      },
      columns: {
        hour: 'Hour',
        group: 'Group',
        expected: 'Visitors expected',
        needed: 'Windows needed',
        usual: 'Windows usually open',
        break: 'Break',
        day: 'Day',
        kind: 'Kind of day',
        basis: 'Days it rests on',
        peak: 'Windows at the peak',
        windowHours: 'Window-hours needed',
        usualHours: 'Window-hours usually open',
        breakHours: 'Hours for breaks',
        arrived: 'Came',
        plannedHours: 'Window-hours planned',
        staffedHours: 'Window-hours open',
        shortHours: 'Window-hours short',
        overHours: 'Window-hours over the plan',
        inNorm: 'Called within the norm, %',
        planned: 'Windows planned',
        staffed: 'Windows open',
        windowMin: 'Window time per visitor, min',
        spread: 'Spread of that time, % of the mean',
        services: 'Services in the log',
        normMin: 'Wait norm, min',
      },
      errors: { network: 'No connection to the server. Please try again in a minute.' },
    },
  },
};
