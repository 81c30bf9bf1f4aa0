/**
 * The demo company "Артель": three offices, departments with heads, and about sixty employees.
 * Plain data; `load-demo.ts` writes it. Every person is fictional.
 */

export interface DemoOffice {
  key: string;
  name: string;
  city: string;
  timezone: string;
}

export interface DemoDepartment {
  key: string;
  name: string;
  parent: string | null;
  office: string;
}

/** [name, position, department key, office key?, extras] — the first of each department heads it. */
export interface DemoPerson {
  name: string;
  position: string;
  department: string;
  email?: string;
  admin?: boolean;
  head?: boolean;
  deputy?: boolean;
  skills?: string[];
}

export const DEMO_OFFICES: DemoOffice[] = [
  { key: 'msk', name: 'Главный офис', city: 'Москва', timezone: 'Europe/Moscow' },
  { key: 'spb', name: 'Офис на Васильевском', city: 'Санкт-Петербург', timezone: 'Europe/Moscow' },
  { key: 'nsk', name: 'Студия в Академгородке', city: 'Новосибирск', timezone: 'Asia/Novosibirsk' },
];

export const DEMO_DEPARTMENTS: DemoDepartment[] = [
  { key: 'company', name: 'ООО «Артель»', parent: null, office: 'msk' },
  { key: 'management', name: 'Дирекция', parent: 'company', office: 'msk' },
  { key: 'marketing', name: 'Отдел маркетинга', parent: 'company', office: 'msk' },
  { key: 'sales', name: 'Отдел продаж', parent: 'company', office: 'msk' },
  { key: 'sales-spb', name: 'Продажи Северо-Запад', parent: 'sales', office: 'spb' },
  { key: 'design', name: 'Дизайн-студия', parent: 'company', office: 'nsk' },
  { key: 'dev', name: 'Отдел разработки', parent: 'company', office: 'spb' },
  { key: 'dev-web', name: 'Группа веб-разработки', parent: 'dev', office: 'spb' },
  { key: 'dev-qa', name: 'Группа тестирования', parent: 'dev', office: 'spb' },
  { key: 'hr', name: 'Отдел кадров', parent: 'company', office: 'msk' },
  { key: 'accounting', name: 'Бухгалтерия', parent: 'company', office: 'msk' },
];

export const DEMO_PEOPLE: DemoPerson[] = [
  {
    name: 'Александр Морозов',
    position: 'Генеральный директор',
    department: 'company',
    head: true,
    email: 'ceo@artel.demo',
    skills: ['Стратегия', 'Переговоры'],
  },
  {
    name: 'Елена Васильева',
    position: 'Исполнительный директор',
    department: 'company',
    deputy: true,
    skills: ['Управление проектами', 'Бюджетирование'],
  },
  { name: 'Ирина Павлова', position: 'Руководитель дирекции', department: 'management', head: true },
  { name: 'Татьяна Семёнова', position: 'Офис-менеджер', department: 'management' },
  { name: 'Дарья Голубева', position: 'Помощник руководителя', department: 'management' },
  {
    name: 'Марина Соколова',
    position: 'Директор по маркетингу',
    department: 'marketing',
    head: true,
    email: 'marketing@artel.demo',
    skills: ['Бренд', 'Выставки', 'PR'],
  },
  {
    name: 'Никита Лебедев',
    position: 'Маркетолог',
    department: 'marketing',
    deputy: true,
    skills: ['Аналитика', 'Контекстная реклама'],
  },
  {
    name: 'Анастасия Козлова',
    position: 'Контент-менеджер',
    department: 'marketing',
    skills: ['Копирайтинг', 'Статьи'],
  },
  { name: 'Павел Новиков', position: 'SMM-специалист', department: 'marketing' },
  {
    name: 'Юлия Морозова',
    position: 'Менеджер по мероприятиям',
    department: 'marketing',
    skills: ['Выставки', 'Логистика'],
  },
  { name: 'Кирилл Волков', position: 'PR-менеджер', department: 'marketing' },
  {
    name: 'Дмитрий Кузнецов',
    position: 'Коммерческий директор',
    department: 'sales',
    head: true,
    skills: ['Переговоры', 'B2B-продажи'],
  },
  {
    name: 'Ольга Иванова',
    position: 'Старший менеджер по продажам',
    department: 'sales',
    deputy: true,
    email: 'sales@artel.demo',
    skills: ['CRM', 'Ключевые клиенты'],
  },
  { name: 'Игорь Петров', position: 'Менеджер по продажам', department: 'sales' },
  { name: 'Светлана Фёдорова', position: 'Менеджер по продажам', department: 'sales' },
  {
    name: 'Роман Михайлов',
    position: 'Менеджер по работе с партнёрами',
    department: 'sales',
    skills: ['Партнёрские программы'],
  },
  { name: 'Екатерина Никитина', position: 'Менеджер по продажам', department: 'sales' },
  { name: 'Алексей Орлов', position: 'Аналитик продаж', department: 'sales', skills: ['Excel', 'SQL'] },
  { name: 'Вадим Захаров', position: 'Руководитель продаж Северо-Запад', department: 'sales-spb', head: true },
  { name: 'Ксения Белова', position: 'Менеджер по продажам', department: 'sales-spb' },
  { name: 'Михаил Комаров', position: 'Менеджер по продажам', department: 'sales-spb' },
  { name: 'Полина Зайцева', position: 'Менеджер по продажам', department: 'sales-spb' },
  {
    name: 'Вера Андреева',
    position: 'Арт-директор',
    department: 'design',
    head: true,
    skills: ['Фирменный стиль', 'Типографика'],
  },
  {
    name: 'Григорий Ершов',
    position: 'Ведущий дизайнер',
    department: 'design',
    deputy: true,
    email: 'designer@artel.demo',
    skills: ['Figma', 'Иллюстрация'],
  },
  { name: 'Алина Киселёва', position: 'Дизайнер', department: 'design', skills: ['Полиграфия'] },
  {
    name: 'Степан Макаров',
    position: 'Дизайнер интерфейсов',
    department: 'design',
    skills: ['Figma', 'UX-исследования'],
  },
  { name: 'Валерия Тихонова', position: 'Моушн-дизайнер', department: 'design' },
  { name: 'Антон Фролов', position: 'Иллюстратор', department: 'design' },
  {
    name: 'Сергей Волков',
    position: 'Технический директор',
    department: 'dev',
    head: true,
    skills: ['Архитектура', 'TypeScript'],
  },
  {
    name: 'Максим Лазарев',
    position: 'Системный администратор',
    department: 'dev',
    email: 'admin@artel.demo',
    admin: true,
    skills: ['Linux', 'PostgreSQL', 'Сети'],
  },
  {
    name: 'Андрей Соловьёв',
    position: 'Руководитель группы веб-разработки',
    department: 'dev-web',
    head: true,
    skills: ['React', 'Node.js'],
  },
  { name: 'Илья Борисов', position: 'Frontend-разработчик', department: 'dev-web', skills: ['React', 'CSS'] },
  {
    name: 'Артём Григорьев',
    position: 'Backend-разработчик',
    department: 'dev-web',
    skills: ['Node.js', 'PostgreSQL'],
  },
  { name: 'Денис Романов', position: 'Backend-разработчик', department: 'dev-web' },
  { name: 'Евгения Алексеева', position: 'Fullstack-разработчик', department: 'dev-web', skills: ['TypeScript'] },
  { name: 'Олег Степанов', position: 'Мобильный разработчик', department: 'dev-web' },
  {
    name: 'Наталья Яковлева',
    position: 'Руководитель группы тестирования',
    department: 'dev-qa',
    head: true,
    skills: ['Автотесты', 'Playwright'],
  },
  { name: 'Виктор Сорокин', position: 'Инженер по тестированию', department: 'dev-qa' },
  { name: 'Людмила Медведева', position: 'Инженер по тестированию', department: 'dev-qa' },
  {
    name: 'Оксана Егорова',
    position: 'Директор по персоналу',
    department: 'hr',
    head: true,
    email: 'hr@artel.demo',
    skills: ['Подбор', 'Обучение'],
  },
  { name: 'Маргарита Калинина', position: 'Менеджер по подбору', department: 'hr' },
  { name: 'Лариса Виноградова', position: 'Специалист по кадровому делу', department: 'hr' },
  { name: 'Константин Гусев', position: 'Менеджер по обучению', department: 'hr', skills: ['Тренинги'] },
  {
    name: 'Галина Титова',
    position: 'Главный бухгалтер',
    department: 'accounting',
    head: true,
    skills: ['1С', 'Налоги'],
  },
  { name: 'Валентина Кудрявцева', position: 'Бухгалтер', department: 'accounting' },
  { name: 'Евгений Баранов', position: 'Финансовый аналитик', department: 'accounting', skills: ['Бюджетирование'] },
  { name: 'Людмила Куликова', position: 'Бухгалтер по расчёту зарплаты', department: 'accounting' },
  { name: 'Фёдор Дмитриев', position: 'Менеджер по продажам', department: 'sales' },
  { name: 'Алёна Сергеева', position: 'Дизайнер', department: 'design' },
  { name: 'Руслан Абрамов', position: 'DevOps-инженер', department: 'dev', skills: ['Kubernetes', 'CI/CD'] },
  { name: 'Кристина Мельникова', position: 'Копирайтер', department: 'marketing' },
  { name: 'Георгий Воронцов', position: 'Юрист', department: 'management', skills: ['Договоры'] },
  { name: 'София Попова', position: 'Менеджер по продажам', department: 'sales-spb' },
  { name: 'Тимур Ахметов', position: 'Frontend-разработчик', department: 'dev-web' },
  { name: 'Василиса Крылова', position: 'Аналитик данных', department: 'dev', skills: ['Python', 'SQL'] },
  { name: 'Борис Лукин', position: 'Инженер по тестированию', department: 'dev-qa' },
  { name: 'Зоя Полякова', position: 'Бухгалтер', department: 'accounting' },
  {
    name: 'Арсений Гаврилов',
    position: 'Менеджер проектов',
    department: 'management',
    skills: ['Управление проектами'],
  },
  { name: 'Эльвира Шарипова', position: 'Дизайнер упаковки', department: 'design' },
  { name: 'Ярослав Чернов', position: 'Менеджер по работе с клиентами', department: 'sales' },
];
