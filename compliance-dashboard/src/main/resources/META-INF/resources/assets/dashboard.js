// The dashboard's only script: sign-in, loading the server-rendered fragments with the bearer token, the live
// feed over SSE (fetch, so the token goes in a header and Last-Event-ID resumes), countdowns, CSV and draws.
(function () {
  'use strict';
  var TOKEN = 'dashboard.token';
  var page = document.body.dataset.page;

  function token() { return sessionStorage.getItem(TOKEN); }
  function headers(extra) {
    var h = { 'Authorization': 'Bearer ' + token() };
    for (var k in (extra || {})) { h[k] = extra[k]; }
    return h;
  }
  function signOut(message) {
    sessionStorage.removeItem(TOKEN);
    location.href = '/' + (message ? '?m=' + encodeURIComponent(message) : '');
  }

  if (page === 'signin') {
    var msg = document.getElementById('signin-message');
    var m = new URLSearchParams(location.search).get('m');
    if (m) { msg.textContent = m; }
    document.getElementById('signin-form').addEventListener('submit', function (e) {
      e.preventDefault();
      var t = document.getElementById('token').value.trim().replace(/^Bearer\s+/i, '');
      fetch('/api/me', { headers: { 'Authorization': 'Bearer ' + t } }).then(function (r) {
        if (r.ok) { sessionStorage.setItem(TOKEN, t); location.href = '/overview'; }
        else if (r.status === 403) { msg.textContent = '该令牌无权使用监管看板（仅限监管部门与行业协会，机构账号不可用）。'; }
        else { msg.textContent = '令牌无效或已过期，请重新获取。'; }
      }, function () { msg.textContent = '无法连接服务，请稍后重试。'; });
    });
    return;
  }

  if (!token()) { signOut(); return; }
  document.getElementById('sign-out').addEventListener('click', function () { signOut(); });

  var content = document.getElementById('content');
  var aside = document.getElementById('live');
  var statusLine = document.getElementById('stream-status');

  function fragment(path) {
    return fetch('/ui/fragment' + path, { headers: headers() }).then(function (r) {
      if (r.status === 401) { signOut('登录已失效，请重新登录。'); throw new Error('401'); }
      if (r.status === 403) { signOut('该令牌无权使用监管看板。'); throw new Error('403'); }
      return r.text().then(function (html) { return { ok: r.ok, status: r.status, html: html }; });
    });
  }

  function loadContent() {
    return fragment(location.pathname + location.search).then(function (f) {
      if (f.ok) { content.innerHTML = f.html; }
      else { content.innerHTML = '<h1>无法显示</h1><p>服务返回 ' + f.status + '。</p>'; }
      content.dataset.loaded = String(Date.now());
      tickCountdowns();
    });
  }

  // Live screens are re-rendered shortly after new events, once per burst.
  var refreshTimer = null;
  function scheduleRefresh() {
    if (page !== 'overview' && page !== 'queues') { return; }
    if (refreshTimer) { return; }
    refreshTimer = setTimeout(function () { refreshTimer = null; loadContent(); }, 800);
  }

  // ---- live feed over SSE -------------------------------------------------------------------------------------
  var stream = { lastId: null, received: 0, controller: null, connected: false, wanted: true };
  window.dashboardStream = stream;

  function addItem(item) {
    var list = document.getElementById('live-list');
    if (!list) { return; }
    var li = document.createElement('li');
    li.className = 'item fresh' + (item.alarming ? ' alarm' : '');
    li.dataset.seq = item.seq;
    li.dataset.eventId = item.ceId;
    li.dataset.type = item.type;
    if (item.findingId) { li.dataset.finding = item.findingId; }
    var a = document.createElement('a');
    a.href = item.findingId ? '/findings/' + item.findingId : '/feed/' + item.seq;
    [['when', item.timeBeijing], ['label', item.label], ['agency', item.agencyName], ['summary', item.summary]]
      .forEach(function (p) {
        if (!p[1]) { return; }
        var s = document.createElement('span'); s.className = p[0]; s.textContent = p[1]; a.appendChild(s);
      });
    li.appendChild(a);
    list.insertBefore(li, list.firstChild);
    while (list.children.length > 200) { list.removeChild(list.lastChild); }
  }

  function onEvent(name, id, data) {
    if (id) { stream.lastId = id; }
    if (name === 'feed') {
      stream.received++;
      addItem(JSON.parse(data));
      scheduleRefresh();
    }
  }

  function setStatus(text) { statusLine.textContent = text; }

  stream.connect = function () {
    stream.wanted = true;
    if (stream.controller) { return; }
    var controller = new AbortController();
    stream.controller = controller;
    var h = headers({ 'Accept': 'text/event-stream' });
    if (stream.lastId !== null) { h['Last-Event-ID'] = stream.lastId; }
    fetch('/api/stream', { headers: h, signal: controller.signal, cache: 'no-store' }).then(function (r) {
      if (r.status === 401 || r.status === 403) { signOut('登录已失效，请重新登录。'); return; }
      if (!r.ok || !r.body) { throw new Error('stream ' + r.status); }
      stream.connected = true;
      setStatus('实时连接中');
      var reader = r.body.getReader();
      var decoder = new TextDecoder('utf-8');
      var buffer = '';
      function pump() {
        return reader.read().then(function (chunk) {
          if (chunk.done) { throw new Error('closed'); }
          buffer += decoder.decode(chunk.value, { stream: true });
          var end;
          while ((end = buffer.search(/\r?\n\r?\n/)) >= 0) {
            var block = buffer.slice(0, end);
            buffer = buffer.slice(end).replace(/^\r?\n\r?\n/, '');
            var name = 'message', id = null, data = [];
            block.split(/\r?\n/).forEach(function (line) {
              if (line.indexOf('data:') === 0) { data.push(line.slice(5).replace(/^ /, '')); }
              else if (line.indexOf('id:') === 0) { id = line.slice(3).trim(); }
              else if (line.indexOf('event:') === 0) { name = line.slice(6).trim(); }
            });
            if (data.length || id) { onEvent(name, id, data.join('\n')); }
          }
          return pump();
        });
      }
      return pump();
    }).catch(function () { /* reconnect below */ }).then(function () {
      stream.connected = false;
      stream.controller = null;
      if (stream.wanted) {
        setStatus('连接中断，正在重连…');
        setTimeout(stream.connect, 1000);
      } else {
        setStatus('已断开');
      }
    });
  };

  stream.disconnect = function () {
    stream.wanted = false;
    if (stream.controller) { stream.controller.abort(); }
  };

  // ---- countdowns -----------------------------------------------------------------------------------------------
  function tickCountdowns() {
    var now = Date.now();
    document.querySelectorAll('time[data-due]').forEach(function (t) {
      var due = Date.parse(t.dataset.due);
      if (isNaN(due)) { return; }
      var left = due - now, abs = Math.abs(left);
      var d = Math.floor(abs / 86400000), h = Math.floor(abs % 86400000 / 3600000), m = Math.floor(abs % 3600000 / 60000);
      var text = (d ? d + ' 天 ' : '') + h + ' 小时 ' + m + ' 分';
      t.textContent = left < 0 ? '已超期 ' + text : '剩余 ' + text;
      t.classList.toggle('overdue', left < 0);
      t.classList.toggle('soon', left >= 0 && left < 3 * 86400000);
    });
  }
  setInterval(tickCountdowns, 30000);

  // ---- CSV export and draws (fetch with the token, since a plain link carries none) -------------------------------
  document.addEventListener('click', function (e) {
    var a = e.target.closest && e.target.closest('a[data-csv]');
    if (!a) { return; }
    e.preventDefault();
    fetch('/api/export/' + a.dataset.csv + '.csv' + location.search, { headers: headers() })
      .then(function (r) { return r.blob(); })
      .then(function (blob) {
        var link = document.createElement('a');
        link.href = URL.createObjectURL(blob);
        link.download = a.dataset.csv + '.csv';
        document.body.appendChild(link); link.click(); link.remove();
      });
  });
  document.addEventListener('submit', function (e) {
    if (e.target.id !== 'draw-form') { return; }
    e.preventDefault();
    var f = e.target.elements;
    var body = { district: f.district.value || null, grade: f.grade.value || null, count: Number(f.count.value),
                 seed: f.seed.value ? Number(f.seed.value) : null };
    fetch('/api/draws', { method: 'POST', headers: headers({ 'Content-Type': 'application/json' }), body: JSON.stringify(body) })
      .then(function (r) { return r.json().then(function (j) { return { ok: r.ok, body: j }; }); })
      .then(function (res) {
        if (res.ok) { location.href = '/draws?draw=' + res.body.draw.drawId; }
        else { document.getElementById('draw-message').textContent = '未能抽取：' + (res.body.detail || res.body.title); }
      });
  });

  // ---- start: content and the live panel; the stream resumes after the panel's head, so nothing is missed --------
  loadContent();
  fragment('/live').then(function (f) {
    aside.innerHTML = f.html;
    var list = document.getElementById('live-list');
    stream.lastId = list ? list.dataset.head : null;
    stream.connect();
  });
})();
