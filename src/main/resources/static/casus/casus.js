// Read-only case page: everything comes from GET /api/cases/{caseNumber} as the logged-in professional may see it
// (Tasklist session or HTTP Basic); every view is logged by the server. All text is inserted with textContent, so
// free text from partners is shown inert, never interpreted as HTML.
(function () {
  'use strict';

  var LABELS = {
    caseType: { PERSON: 'Persoon', SYSTEM: 'Systeem (gezin of huishouden)', AREA: 'Gebied of thema' },
    route: { PARTNER: 'Aanmelding door ketenpartner', ZSM: 'ZSM-tafel', CRIMINAL_TRAJECTORY: 'Lopend strafrechtelijk traject',
      CARE_TRAJECTORY: 'Lopend zorgtraject', PREVENTIVE_FAMILY: 'Preventief (gezinslid met risico)',
      DETENTION_AFTERCARE: 'Nazorg na detentie (DJI)', AREA_SIGNAL: 'Signaal uit gebied' },
    status: { REGISTERED: 'Aangemeld', ACCEPTED: 'Aangenomen', REFUSED_NOT_COMPLEX: 'Niet aangenomen (niet complex)',
      CLOSED_INCOMPLETE: 'Gesloten: onvolledig', WITHDRAWN: 'Ingetrokken', CLOSED: 'Afgesloten' },
    phase: { INTAKE: 'Aanmelding', SCREENING: 'Screening en triage', CONFERENCE: 'Casusoverleg', PLAN: 'Plan van aanpak',
      MONITORING: 'Uitvoering en monitoring', CLOSED: 'Afgesloten' },
    priority: { URGENT: 'Urgent', HIGH: 'Hoog', NORMAL: 'Normaal' },
    complexityOutcome: { COMPLEX: 'Complex', NOT_COMPLEX_SINGLE_CHAIN: 'Niet complex: één keten kan het oplossen',
      NOT_COMPLEX_STANDARD_APPROACH: 'Niet complex: bewezen standaardaanpak', NOT_COMPLEX_CRITERIA_NOT_MET: 'Niet complex: criteria niet gehaald' },
    referralAdvice: { VEILIGHEIDSHUIS: 'Veiligheidshuis', OWN_CHAIN: 'Eigen keten', ZSM: 'ZSM', BILATERAL: 'Bilaterale samenwerking',
      CHAIN_OFFICE: 'Ketenbureau' },
    role: { SUBJECT: 'Betrokkene', FAMILY_MEMBER: 'Gezinslid' },
    lifeDomain: { OFFENCE_HISTORY: 'Delictgeschiedenis', CURRENT_OFFENCE: 'Huidig delict', HOUSING: 'Huisvesting',
      EDUCATION_WORK: 'Opleiding en werk', INCOME_FINANCES: 'Inkomen en financiën', PARTNER_FAMILY_RELATIONS: 'Relatie met partner en gezin',
      FRIENDS_ACQUAINTANCES: 'Vrienden en kennissen', DRUG_USE: 'Drugsgebruik', ALCOHOL_USE: 'Alcoholgebruik',
      EMOTIONAL_WELLBEING: 'Emotioneel welzijn', THINKING_BEHAVIOUR_SKILLS: 'Denkpatronen, gedrag en vaardigheden', ATTITUDE: 'Houding' }
  };

  function label(kind, value) {
    if (value === null || value === undefined || value === '') { return '—'; }
    return (LABELS[kind] && LABELS[kind][value]) || String(value);
  }

  function date(value) {
    if (!value) { return '—'; }
    var d = new Date(value);
    return isNaN(d) ? String(value) : d.toLocaleDateString('nl-NL', { day: 'numeric', month: 'long', year: 'numeric' });
  }

  function el(tag, text) {
    var node = document.createElement(tag);
    if (text !== undefined) { node.textContent = text; }
    return node;
  }

  function facts(dl, rows) {
    dl.textContent = '';
    rows.forEach(function (row) {
      dl.appendChild(el('dt', row[0]));
      dl.appendChild(el('dd', row[1]));
    });
  }

  function render(c) {
    document.getElementById('title').textContent = 'Casus ' + c.caseNumber;
    facts(document.getElementById('summary'), [
      ['Regio', c.region], ['Soort casus', label('caseType', c.caseType)], ['Instroomroute', label('route', c.route)],
      ['Status', label('status', c.status)], ['Fase', label('phase', c.phase)], ['Aanmelder', c.referringPartner],
      ['Aangemeld op', date(c.createdAt)], ['Afgesloten', c.closedAt ? date(c.closedAt) + ' (' + (c.closeReason || '') + ')' : '—']
    ]);
    facts(document.getElementById('screening'), [
      ['Uitkomst toets', label('complexityOutcome', c.complexityOutcome)], ['Verwijsadvies', label('referralAdvice', c.referralAdvice)],
      ['Toelichting', c.complexityRationale || '—'], ['Prioriteit', label('priority', c.priority)],
      ['Besluit screening', c.screeningDecision || '—'],
      ['Gekozen verwijsadvies', c.chosenReferralAdvice ? label('referralAdvice', c.chosenReferralAdvice) : '—']
    ]);
    var body = document.querySelector('#subjects tbody');
    body.textContent = '';
    (c.subjects || []).forEach(function (s) {
      var tr = el('tr');
      [label('role', s.role), s.givenName + ' ' + s.familyName, s.relation || '—', date(s.dateOfBirth), s.municipality || '—']
        .forEach(function (v) { tr.appendChild(el('td', v)); });
      body.appendChild(tr);
    });
    document.getElementById('area').textContent = c.area
      ? 'Gebied: ' + c.area.name + ' (' + c.area.municipality + ')' + (c.area.theme ? ', thema ' + c.area.theme : '') : '';
    var timeline = document.getElementById('timeline');
    timeline.textContent = '';
    (c.referrals || []).forEach(function (r) {
      var li = el('li');
      li.appendChild(el('strong', date(r.receivedAt) + ' — ' + (r.linked ? 'Aanmelding gekoppeld' : 'Aanmelding') + ' door ' + r.referringPartner
        + ' (' + label('route', r.route) + ')'));
      li.appendChild(el('div', r.summary));
      li.appendChild(el('div', 'Leefgebieden: ' + (r.lifeDomains || []).map(function (d) { return label('lifeDomain', d); }).join(', ')));
      li.appendChild(el('div', r.subjectInformed ? 'Betrokkene is geïnformeerd.'
        : 'Betrokkene nog niet geïnformeerd: ' + (r.subjectNotInformedReason || '') + ' (opnieuw bekijken op ' + date(r.subjectInformedReviewDate) + ')'));
      timeline.appendChild(li);
    });
    var partners = document.getElementById('partners');
    partners.textContent = '';
    (c.involvedPartners || []).forEach(function (p) { partners.appendChild(el('li', p)); });
    document.getElementById('case').hidden = false;
  }

  function open(caseNumber) {
    var message = document.getElementById('message');
    message.textContent = 'Bezig met laden…';
    document.getElementById('case').hidden = true;
    fetch('/api/cases/' + encodeURIComponent(caseNumber), { credentials: 'same-origin', headers: { Accept: 'application/json' } })
      .then(function (response) {
        if (response.status === 401) { throw new Error('U bent niet aangemeld. Meld u eerst aan in Tasklist.'); }
        if (response.status === 404) { throw new Error('Geen casus ' + caseNumber + ' gevonden die u mag inzien.'); }
        if (!response.ok) { throw new Error('De casus kon niet worden geladen (' + response.status + ').'); }
        return response.json();
      })
      .then(function (c) { message.textContent = ''; render(c); })
      .catch(function (e) { message.textContent = e.message; });
  }

  var input = document.getElementById('caseNumber');
  document.getElementById('lookup').addEventListener('submit', function (event) {
    event.preventDefault();
    history.replaceState(null, '', '?case=' + encodeURIComponent(input.value.trim()));
    open(input.value.trim());
  });
  var fromUrl = new URLSearchParams(location.search).get('case');
  if (fromUrl) { input.value = fromUrl; open(fromUrl); }
}());
