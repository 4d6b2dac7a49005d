/*
 * Veiligheidshuis: Dutch for the texts that form-js itself writes into a Camunda Form in Tasklist (validation messages,
 * the "Select" and "Search" placeholders, date picker month and day names, empty-list notices, button labels for screen
 * readers), shown only when Tasklist runs in Dutch.
 *
 * The form-js bundled with Camunda 7.24 has no translation hook: its validator and components write fixed English
 * strings, and Tasklist creates the form viewer without additional modules. So this script, loaded through
 * `customScripts` in config.js, translates those strings in the page after form-js rendered them:
 * - only inside a form-js container (`.fjs-container`), watched with a MutationObserver per form;
 * - only known English strings (exact text or a fixed sentence with a number), each only in the element where form-js
 *   puts it (an error list, the select placeholder, the search field, ...), so no text or value a user typed or a
 *   form designer wrote is ever touched; input values are never read or written;
 * - text nodes are changed in place and attributes set, never replaced, so Preact (form-js) keeps its own bookkeeping;
 *   a Dutch text never matches an English one, so every pass is idempotent;
 * - the date picker (flatpickr) is switched to a Dutch locale through its own API (`_flatpickr.set('locale', ...)`),
 *   which also makes Monday the first day of the week.
 * form-js 7.24 ignores `validate.patternErrorMessage`; the script shows it instead of "Field must match pattern <regex>"
 * when the form definition (read from Tasklist's own request for the deployed form) gives one for that field.
 */

const FORM_ROOT = '.fjs-container';

// ------------------------------------------------------------------------------------------------ the Dutch texts

/** Validation messages of form-js (Validator and the datetime component), exact or with a number in them. */
const VALIDATION_EXACT = {
    'Field is required.': 'Dit veld is verplicht.',
    'Field must be a valid email.': 'Vul een geldig e-mailadres in.',
    'Field must be a valid  international phone number. (e.g. +4930664040900)':
        'Vul een geldig internationaal telefoonnummer in, bijvoorbeeld +31201234567.',
    'Value is not a number.': 'Vul een getal in.',
    'Value is expected to be an integer.': 'Vul een geheel getal in.',
    'Date and time must both be entered.': 'Vul zowel de datum als de tijd in.'
};

const VALIDATION_PATTERNS = [
    [/^Field must have minimum value of (.+)\.$/, (m) => `De waarde moet minimaal ${m[1]} zijn.`],
    [/^Field must have maximum value of (.+)\.$/, (m) => `De waarde mag hoogstens ${m[1]} zijn.`],
    [/^Field must have minimum length of (\d+)\.$/, (m) => `Vul minimaal ${m[1]} ${m[1] === '1' ? 'teken' : 'tekens'} in.`],
    [/^Field must have maximum length of (\d+)\.$/, (m) => `Gebruik hoogstens ${m[1]} ${m[1] === '1' ? 'teken' : 'tekens'}.`],
    [/^Value is expected to have at most (\d+) decimal digits?\.$/,
        (m) => `Gebruik hoogstens ${m[1]} ${m[1] === '1' ? 'decimaal' : 'decimalen'}.`],
    [/^Please select a valid value, the two nearest valid values are (.+) and (.+)\.$/,
        (m) => `Kies een geldige waarde; de dichtstbijzijnde geldige waarden zijn ${m[1]} en ${m[2]}.`]
];

const PATTERN_MESSAGE = /^Field must match pattern ([\s\S]*)\.$/;
const PATTERN_FALLBACK = 'De invoer heeft niet de vereiste vorm.';

/** Texts form-js writes as element content, each with the only place it may be changed. */
const TEXTS = [
    {selector: '.fjs-select-display.fjs-select-placeholder', texts: {'Select': 'Maak een keuze'}},
    {selector: '.fjs-dropdownlist-empty', texts: {'No results': 'Geen resultaten', 'All values selected': 'Alles is al gekozen'}},
    {selector: '.fjs-table-middle-container.fjs-table-empty, td.fjs-table-td[colspan]', texts: {'Nothing to show.': 'Niets te tonen.'}},
    {selector: '.fjs-iframe-placeholder-text', texts: {
        'No content to show.': 'Geen inhoud te tonen.',
        "External content couldn't be loaded.": 'De externe inhoud kon niet worden geladen.'
    }},
    {selector: '.fjs-table-nav-label', texts: {'of': 'van'}},
    {selector: '.fjs-taglist-skip-link', texts: {'Skip to search': 'Naar zoeken'}},
    {selector: '.fjs-repeat-render-add', texts: {'Add new': 'Toevoegen'}},
    {selector: '.fjs-repeat-render-collapse', texts: {'Collapse': 'Inklappen'},
        patterns: [[/^Expand all \((\d+)\)$/, (m) => `Alles uitklappen (${m[1]})`]]}
];

/** Attributes form-js sets (placeholders, labels for screen readers, tooltips), each only on its own element. */
const ATTRIBUTES = [
    {selector: '.fjs-form-field-select input.fjs-input, input.fjs-taglist-input', attribute: 'placeholder', texts: {'Search': 'Zoeken'}},
    {selector: '.fjs-timepicker input.fjs-input', attribute: 'placeholder', texts: {'hh:mm': 'uu:mm', 'hh:mm ?m': 'uu:mm am/pm'}},
    // the date placeholder is the browser's date pattern in lower case, e.g. "dd-mm-yyyy"; Dutch writes "jjjj"
    {selector: '.fjs-datepicker input.fjs-input', attribute: 'placeholder',
        patterns: [[/^[dmy]+([^dmy]+[dmy]+)+$/, (m) => m[0].replace(/y/g, 'j')]]},
    {selector: 'button.fjs-number-arrow-up', attribute: 'aria-label', texts: {'Increment': 'Hoger'}},
    {selector: 'button.fjs-number-arrow-down', attribute: 'aria-label', texts: {'Decrement': 'Lager'}},
    {selector: 'button.fjs-table-nav-button', attribute: 'aria-label', texts: {'Previous page': 'Vorige pagina', 'Next page': 'Volgende pagina'}},
    {selector: 'th.fjs-table-th', attribute: 'aria-label', texts: {'Click to remove sorting': 'Klik om niet meer te sorteren'},
        patterns: [
            [/^Click to sort by ([\s\S]+) descending$/, (m) => `Klik om aflopend te sorteren op ${m[1]}`],
            [/^Click to sort by ([\s\S]+) ascending$/, (m) => `Klik om oplopend te sorteren op ${m[1]}`]
        ]},
    {selector: 'button.fjs-repeat-row-remove', attribute: 'aria-label',
        patterns: [[/^Remove list item (\d+)$/, (m) => `Item ${m[1]} verwijderen`]]},
    {selector: 'button.fjs-taglist-tag-remove', attribute: 'title', texts: {'Remove tag': 'Verwijderen'}},
    {selector: 'a.fjs-powered-by-link', attribute: 'title', texts: {'Powered by bpmn.io': 'Gemaakt met bpmn.io'}}
];

/** flatpickr's Dutch locale (the bundled flatpickr only carries English). */
const FLATPICKR_NL = {
    weekdays: {
        shorthand: ['zo', 'ma', 'di', 'wo', 'do', 'vr', 'za'],
        longhand: ['zondag', 'maandag', 'dinsdag', 'woensdag', 'donderdag', 'vrijdag', 'zaterdag']
    },
    months: {
        shorthand: ['jan', 'feb', 'mrt', 'apr', 'mei', 'jun', 'jul', 'aug', 'sep', 'okt', 'nov', 'dec'],
        longhand: ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober',
            'november', 'december']
    },
    firstDayOfWeek: 1,
    weekAbbreviation: 'wk',
    rangeSeparator: ' t/m ',
    scrollTitle: 'Scroll voor volgende / vorige',
    toggleTitle: 'Klik om te wisselen',
    yearAriaLabel: 'Jaar',
    monthAriaLabel: 'Maand',
    hourAriaLabel: 'Uur',
    minuteAriaLabel: 'Minuut',
    time_24hr: true,
    ordinal: () => ''
};

// ------------------------------------------------------------------------------------------------ active language

/** The language Tasklist shows: angular-translate's choice, else Tasklist's own rule (first browser language if offered). */
function tasklistLocale() {
    try {
        const angular = window.angular;
        const injector = angular && angular.element(document.documentElement).injector();
        if (injector && injector.has('$translate')) {
            const $translate = injector.get('$translate');
            const locale = $translate.use() || $translate.proposedLanguage();
            if (locale) {
                return String(locale).toLowerCase();
            }
        }
    } catch (ignored) {
        // Tasklist not bootstrapped yet: use the rule below
    }
    const conf = window.camTasklistConf || {};
    const locales = (conf.locales && conf.locales.availableLocales) || ['en'];
    const fallback = (conf.locales && conf.locales.fallbackLocale) || 'en';
    const navigatorLanguage = (navigator.languages && navigator.languages[0]) || navigator.language || '';
    const language = navigatorLanguage.split('-')[0].toLowerCase();
    return locales.includes(language) ? language : fallback;
}

function dutch() {
    return tasklistLocale() === 'nl';
}

// ------------------------------------------------------------------------------------------------ pattern messages

/** Component id -> validate block of the forms Tasklist loaded, for patternErrorMessage. */
const validations = new Map();

function rememberForm(schema) {
    const walk = (component) => {
        if (!component || typeof component !== 'object') {
            return;
        }
        if (typeof component.id === 'string' && component.validate && typeof component.validate.pattern === 'string') {
            validations.set(component.id, component.validate);
        }
        (Array.isArray(component.components) ? component.components : []).forEach(walk);
    };
    walk(schema);
}

/** Tasklist fetches a Camunda Form from ".../deployed-form" or ".../deployed-start-form": read a copy of the answer. */
function watchFormRequests() {
    const originalFetch = window.fetch;
    if (typeof originalFetch !== 'function' || originalFetch.vhFormJsNl) {
        return;
    }
    const wrapped = function (input) {
        const response = originalFetch.apply(this, arguments);
        try {
            const url = typeof input === 'string' ? input : (input && input.url) || '';
            if (/\/deployed(-start)?-form(\?|$)/.test(url)) {
                response.then((answer) => (answer.ok ? answer.clone().json() : null))
                    .then((schema) => schema && rememberForm(schema))
                    .catch(() => undefined);
            }
        } catch (ignored) {
            // never disturb Tasklist's own request
        }
        return response;
    };
    wrapped.vhFormJsNl = true;
    window.fetch = wrapped;
}

/** The form designer's message for a failed pattern of the field this error list belongs to, if the form gives one. */
function patternMessage(errorItem, pattern) {
    const errorList = errorItem.closest('.fjs-form-field-error');
    const domId = errorList && errorList.id ? errorList.id.replace(/-error-message$/, '') : '';
    let samePattern = null;
    for (const [componentId, validate] of validations) {
        if (validate.pattern !== pattern || typeof validate.patternErrorMessage !== 'string' || !validate.patternErrorMessage.trim()) {
            continue;
        }
        // form-js names the field's DOM id "fjs-form-<form id>-<component id>" (plus "_<index>" in lists)
        if (domId && (domId.endsWith('-' + componentId) || domId.includes('-' + componentId + '_'))) {
            return validate.patternErrorMessage;
        }
        samePattern = samePattern || validate.patternErrorMessage;
    }
    return samePattern;
}

// ------------------------------------------------------------------------------------------------ translating

function lookUp(text, exact, patterns) {
    if (exact && Object.prototype.hasOwnProperty.call(exact, text)) {
        return exact[text];
    }
    for (const [pattern, dutchText] of patterns || []) {
        const match = pattern.exec(text);
        if (match) {
            return dutchText(match);
        }
    }
    return null;
}

/** Changes the element's own text nodes whose whole text (spaces aside) is a known English string. */
function translateOwnText(element, translateText) {
    for (const node of Array.from(element.childNodes)) {
        if (node.nodeType !== Node.TEXT_NODE) {
            continue;
        }
        const text = node.nodeValue.trim();
        if (!text) {
            continue;
        }
        const translated = translateText(text);
        if (translated && translated !== text) {
            node.nodeValue = node.nodeValue.replace(text, () => translated);
        }
    }
}

function translateValidation(item) {
    translateOwnText(item, (text) => {
        const known = lookUp(text, VALIDATION_EXACT, VALIDATION_PATTERNS);
        if (known) {
            return known;
        }
        const failedPattern = PATTERN_MESSAGE.exec(text);
        return failedPattern ? patternMessage(item, failedPattern[1]) || PATTERN_FALLBACK : null;
    });
}

function each(root, selector, action) {
    if (root.matches && root.matches(selector)) {
        action(root);
    }
    if (root.querySelectorAll) {
        root.querySelectorAll(selector).forEach(action);
    }
}

function localiseDatePicker(input) {
    const picker = input._flatpickr;
    if (picker && typeof picker.set === 'function' && picker.config && picker.config.locale !== FLATPICKR_NL) {
        picker.set('locale', FLATPICKR_NL);
    }
}

/** One idempotent pass over an element and everything below it. */
function translate(root) {
    each(root, '.fjs-form-field-error li', translateValidation);
    for (const rule of TEXTS) {
        each(root, rule.selector, (element) => translateOwnText(element, (text) => lookUp(text, rule.texts, rule.patterns)));
    }
    for (const rule of ATTRIBUTES) {
        each(root, rule.selector, (element) => {
            const value = element.getAttribute(rule.attribute);
            const translated = value && lookUp(value, rule.texts, rule.patterns);
            if (translated && translated !== value) {
                element.setAttribute(rule.attribute, translated);
            }
        });
    }
    each(root, '.fjs-datepicker input', localiseDatePicker);
}

function safely(action) {
    try {
        if (dutch()) {
            action();
        }
    } catch (ignored) {
        // a translation that fails leaves the English text; it never breaks the form
    }
}

const watchedForms = new WeakSet();

/** Translates a form-js container now and after every change form-js makes to it. */
function watchForm(root) {
    if (watchedForms.has(root)) {
        return;
    }
    watchedForms.add(root);
    safely(() => translate(root));
    new MutationObserver((records) => safely(() => {
        const changed = new Set();
        for (const record of records) {
            if (record.type === 'childList') {
                record.addedNodes.forEach((node) => changed.add(node.nodeType === Node.TEXT_NODE ? node.parentElement : node));
            } else if (record.type === 'characterData') {
                changed.add(record.target.parentElement);
            } else {
                // an attribute changed: the element itself, and its parent for a class that moves a text into a rule
                changed.add(record.target);
                changed.add(record.target.parentElement);
            }
        }
        changed.forEach((element) => element && element.nodeType === Node.ELEMENT_NODE && translate(element));
    })).observe(root, {
        subtree: true,
        childList: true,
        characterData: true,
        attributes: true,
        attributeFilter: ['class', 'placeholder', 'aria-label', 'title']
    });
}

function findForms(node) {
    if (node.nodeType === Node.ELEMENT_NODE) {
        each(node, FORM_ROOT, watchForm);
    }
}

function start() {
    findForms(document.body);
    // Tasklist shows forms in the task view and in the start dialog: watch for new form-js containers anywhere
    new MutationObserver((records) => {
        for (const record of records) {
            record.addedNodes.forEach(findForms);
        }
    }).observe(document.body, {childList: true, subtree: true});
}

watchFormRequests();
if (document.body) {
    start();
} else {
    document.addEventListener('DOMContentLoaded', start, {once: true});
}
