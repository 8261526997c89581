// The public form: the receipt code is shown once and never stored in the browser (no localStorage, no URL).
(function () {
  const $ = (id) => document.getElementById(id);
  const text = (el, value) => { el.textContent = value; return el; };
  const node = (tag, value, cls) => { const e = document.createElement(tag); if (value !== undefined) e.textContent = value; if (cls) e.className = cls; return e; };

  $('anonymous').addEventListener('change', () => { $('identity-fields').hidden = $('anonymous').checked; });

  let timer;
  $('agency-query').addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(async () => {
      const q = $('agency-query').value.trim();
      const select = $('agency-id');
      select.replaceChildren(node('option', '（未选择）'));
      select.firstChild.value = '';
      if (q.length < 2) return;
      const res = await fetch('/api/v1/public/agencies?q=' + encodeURIComponent(q));
      if (!res.ok) return;
      for (const a of await res.json()) {
        const o = node('option', a.name + '（' + a.creditCode + '）');
        o.value = a.id;
        select.appendChild(o);
      }
      if (select.options.length > 1) select.selectedIndex = 1;
    }, 250);
  });

  function problem(body) {
    return body && body.detail ? body.detail : '提交失败，请检查填写内容或拨打举报电话。';
  }

  $('complaint-form').addEventListener('submit', async (event) => {
    event.preventDefault();
    const out = $('receipt');
    out.replaceChildren();
    const value = (id) => { const v = $(id).value.trim(); return v === '' ? null : v; };
    const body = {
      agencyId: value('agency-id'), agencyName: value('agency-id') ? null : value('agency-query'),
      practitionerName: value('practitioner'), project: value('project'), category: $('category').value,
      description: $('description').value, occurredOn: value('occurred-on'), occurredPlace: value('occurred-place'),
      identity: $('anonymous').checked ? null : { name: value('name'), phone: value('phone'), idNumber: value('id-number'), consentToContact: $('consent').checked }
    };
    const res = await fetch('/api/v1/public/complaints', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) });
    const json = await res.json().catch(() => null);
    if (res.status !== 201) { out.appendChild(node('p', problem(json), 'error')); return; }
    const file = $('file').files[0];
    let fileNote = '';
    if (file) {
      const up = await fetch('/api/v1/public/follow-up/attachments', { method: 'POST', headers: { 'X-Receipt-Code': json.receiptCode, 'Content-Type': 'application/octet-stream' }, body: file });
      const upJson = await up.json().catch(() => null);
      fileNote = up.status === 201 ? '材料已上传（SHA-256：' + upJson.sha256 + '）。' : '材料未能上传：' + problem(upJson);
    }
    out.appendChild(node('p', '举报已收到。您的查询码：'));
    const code = node('p', json.receiptCode, 'code');
    code.id = 'receipt-code';
    out.appendChild(code);
    out.appendChild(node('p', json.notice));
    if (fileNote) out.appendChild(node('p', fileNote));
    const list = node('ul');
    json.clocks.forEach((c) => list.appendChild(node('li', c)));
    out.appendChild(list);
    $('complaint-form').reset();
    $('identity-fields').hidden = true;
  });

  $('follow-form').addEventListener('submit', async (event) => {
    event.preventDefault();
    const out = $('case');
    out.replaceChildren();
    const res = await fetch('/api/v1/public/follow-up', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ receiptCode: $('code').value }) });
    const json = await res.json().catch(() => null);
    if (!res.ok) { out.appendChild(node('p', res.status === 404 ? '查询码不正确。' : problem(json), 'error')); return; }
    const status = node('p', '办理状态：' + json.statusLabel);
    status.id = 'case-status';
    out.appendChild(status);
    if (json.outcomeLabel) out.appendChild(node('p', '办理结果：' + json.outcomeLabel));
    if (json.refusalLabel) out.appendChild(node('p', '不予受理原因：' + json.refusalLabel + (json.competentAuthority ? '，请向' + json.competentAuthority + '反映' : '')));
    if (json.closeDueOn) out.appendChild(node('p', '办结期限：' + json.closeDueOn + (json.extensionReason ? '（已延期：' + json.extensionReason + '）' : '')));
    out.appendChild(node('p', '您的身份信息被查阅次数：' + json.identityOpenings));
    out.appendChild(node('p', '已提交材料：' + json.attachments + ' 份'));
    if (json.messages.length) {
      out.appendChild(node('h3', '往来消息'));
      const list = node('ul');
      json.messages.forEach((m) => list.appendChild(node('li', (m.author === 'HANDLER' ? '承办人：' : '我：') + m.body)));
      out.appendChild(list);
    }
  });
})();
