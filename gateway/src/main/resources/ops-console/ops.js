// Ops console: reads /ops/api/figures every few seconds and shows it as cards, charts and a table.
// Plain browser JavaScript, no build step; the chart library comes from the gateway jar.
(function () {
  'use strict';

  const REFRESH_MS = 5000;
  const TEXT = {
    'zh-CN': {
      title: '一网通办 运行监控台', refresh: '数据每 5 秒自动刷新', updated: '最后更新',
      unreachable: '暂时无法获取数据，稍后自动重试。', business: '政务服务', health: '平台运行',
      'cases.submitted': '申请总量（件）', 'cases.onlineShare': '网上办理占比', 'cases.onTimeRate': '按时办结率',
      'cases.overdue': '超期未办结（件）', 'reviews.evaluationRate': '评价率', 'reviews.goodRate': '好评率',
      'reviews.rectificationRate': '差评整改率', 'hotline.responseRate': '12345 接通率',
      'hotline.onTimeRate': '12345 按时办结率', 'hotline.satisfactionRate': '12345 满意率',
      'catalog.publishedItems': '已发布事项（项）', 'catalog.qualityPassRate': '事项质量合格率',
      'certificates.issued': '已签发电子证照（张）',
      'chart.channels': '申请渠道', 'chart.hotspots': '12345 热点（近 7 天工单数）',
      'chart.vector': '病媒生物防制等级（各区县重点场所数）', 'chart.requests': '每秒请求数（近 10 分钟）',
      'col.service': '服务', 'col.status': '状态', 'col.rps': '请求/秒', 'col.errors': '错误率',
      'col.p99': '99% 响应时间', 'col.heap': '内存（堆）', 'col.db': '数据库连接', 'col.lag': '消息积压',
      'col.outbox': '待发事件', 'col.breakers': '熔断中',
      up: '正常', down: '不可用', none: '无', noData: '暂无数据', language: 'English',
      channel: { pc: '电脑端', mobile: '移动端', kiosk: '自助终端', window: '窗口' },
      level: { A: 'A 级', B: 'B 级', C: 'C 级', none: '未评级' },
      service: {
        gateway: '统一网关', 'catalog-service': '事项服务', 'case-service': '办件服务', 'review-service': '好差评服务',
        'certificate-service': '电子证照服务', 'hotline-service': '12345 热线服务', 'vector-control-service': '病媒防制服务'
      }
    },
    en: {
      title: 'Yiwang operations console', refresh: 'Refreshed every 5 seconds', updated: 'Last update',
      unreachable: 'The figures cannot be read right now; retrying automatically.', business: 'Government services',
      health: 'Platform health',
      'cases.submitted': 'Applications', 'cases.onlineShare': 'Applied online', 'cases.onTimeRate': 'Concluded on time',
      'cases.overdue': 'Overdue open cases', 'reviews.evaluationRate': 'Evaluation rate', 'reviews.goodRate': 'Good ratings',
      'reviews.rectificationRate': 'Negative ratings rectified', 'hotline.responseRate': '12345 calls answered',
      'hotline.onTimeRate': '12345 tickets on time', 'hotline.satisfactionRate': '12345 satisfaction',
      'catalog.publishedItems': 'Published service items', 'catalog.qualityPassRate': 'Item quality pass rate',
      'certificates.issued': 'E-certificates issued',
      'chart.channels': 'Applications by channel', 'chart.hotspots': '12345 hotspots (tickets, last 7 days)',
      'chart.vector': 'Pest-control levels (key places per district)', 'chart.requests': 'Requests per second (last 10 minutes)',
      'col.service': 'Service', 'col.status': 'Status', 'col.rps': 'Requests/s', 'col.errors': 'Errors',
      'col.p99': 'p99 latency', 'col.heap': 'Heap memory', 'col.db': 'DB connections', 'col.lag': 'Consumer lag',
      'col.outbox': 'Events waiting', 'col.breakers': 'Circuits open',
      up: 'Up', down: 'Down', none: 'none', noData: 'No data yet', language: '中文',
      channel: { pc: 'PC', mobile: 'Mobile', kiosk: 'Kiosk', window: 'Window' },
      level: { A: 'Level A', B: 'Level B', C: 'Level C', none: 'Not graded' },
      service: {
        gateway: 'Gateway', 'catalog-service': 'Catalogue', 'case-service': 'Cases', 'review-service': 'Reviews',
        'certificate-service': 'E-certificates', 'hotline-service': '12345 hotline', 'vector-control-service': 'Vector control'
      }
    }
  };

  let language = pickLanguage();
  let latest = null;
  const charts = {};

  function pickLanguage() {
    const asked = new URLSearchParams(window.location.search).get('lang') || window.localStorage.getItem('yiwang.ops.lang');
    if (asked === 'en' || asked === 'zh-CN') {
      return asked;
    }
    return 'zh-CN'; // Chinese first, whatever the browser says; English is one click away.
  }

  function t(key) {
    return TEXT[language][key] !== undefined ? TEXT[language][key] : key;
  }

  function named(group, key) {
    const names = TEXT[language][group] || {};
    return names[key] || key;
  }

  function applyLanguage() {
    document.documentElement.lang = language;
    document.title = t('title');
    document.querySelectorAll('[data-i18n]').forEach(function (element) {
      element.textContent = t(element.getAttribute('data-i18n'));
    });
    document.getElementById('language').textContent = t('language');
  }

  function locale() {
    return language === 'en' ? 'en-GB' : 'zh-CN';
  }

  function lookup(figures, path) {
    return path.split('.').reduce(function (node, key) {
      return node === undefined || node === null ? undefined : node[key];
    }, figures.business);
  }

  function format(value, kind) {
    if (value === undefined || value === null) {
      return '—';
    }
    if (kind === 'percent') {
      return (value * 100).toLocaleString(locale(), { maximumFractionDigits: 1 }) + '%';
    }
    if (kind === 'seconds') {
      return value < 1 ? Math.round(value * 1000) + ' ms' : value.toLocaleString(locale(), { maximumFractionDigits: 2 }) + ' s';
    }
    if (kind === 'bytes') {
      return (value / 1048576).toLocaleString(locale(), { maximumFractionDigits: 0 }) + ' MiB';
    }
    if (kind === 'rate') {
      return value.toLocaleString(locale(), { maximumFractionDigits: 1 });
    }
    return Math.round(value).toLocaleString(locale());
  }

  function renderCards(figures) {
    document.querySelectorAll('[data-figure]').forEach(function (element) {
      const value = lookup(figures, element.getAttribute('data-figure'));
      element.textContent = format(value, element.getAttribute('data-format'));
      if (value === undefined || value === null) {
        element.removeAttribute('data-raw');
      } else {
        element.setAttribute('data-raw', String(value));
      }
    });
  }

  function cell(row, text, className) {
    const td = document.createElement('td');
    td.textContent = text;
    if (className) {
      td.className = className;
    }
    row.appendChild(td);
  }

  function renderTable(figures) {
    const body = document.querySelector('#services tbody');
    body.replaceChildren();
    figures.services.forEach(function (service) {
      const row = document.createElement('tr');
      row.setAttribute('data-service', service.name);
      row.setAttribute('data-up', String(service.up));
      cell(row, named('service', service.name));
      cell(row, service.up ? t('up') : t('down'), 'status ' + (service.up ? 'up' : 'down'));
      cell(row, format(service.requestsPerSecond, 'rate'));
      cell(row, format(service.errorRate, 'percent'));
      cell(row, format(service.p99Seconds, 'seconds'));
      cell(row, format(service.heapUsedBytes, 'bytes'));
      cell(row, format(service.dbConnectionsActive, 'count'));
      cell(row, format(service.kafkaConsumerLag, 'count'));
      cell(row, format(service.outboxBacklog, 'count'));
      const open = service.openCircuitBreakers || [];
      cell(row, service.up ? (open.length ? open.join(', ') : t('none')) : '—', open.length ? 'down' : '');
      body.appendChild(row);
    });
  }

  function chart(id, option) {
    const element = document.getElementById(id);
    if (typeof window.echarts === 'undefined') {
      return;
    }
    if (!option) {
      if (charts[id]) {
        charts[id].dispose();
        delete charts[id];
      }
      element.innerHTML = '';
      const empty = document.createElement('div');
      empty.className = 'empty';
      empty.textContent = t('noData');
      element.appendChild(empty);
      return;
    }
    if (!charts[id]) {
      element.innerHTML = '';
      charts[id] = window.echarts.init(element);
    }
    charts[id].setOption(option, true);
  }

  function renderCharts(figures) {
    const business = figures.business || {};
    const channels = business.cases && business.cases.submittedByChannel;
    chart('chart-channels', channels ? {
      tooltip: { trigger: 'item' },
      series: [{ type: 'pie', radius: ['35%', '65%'], data: Object.keys(channels).map(function (channel) {
        return { name: named('channel', channel), value: channels[channel] };
      }) }]
    } : null);

    const hotspots = business.hotline && business.hotline.hotspots;
    chart('chart-hotspots', hotspots && hotspots.length ? {
      tooltip: {}, grid: { left: 120, right: 16, top: 8, bottom: 24 },
      xAxis: { type: 'value', minInterval: 1 },
      yAxis: { type: 'category', inverse: true, data: hotspots.map(function (h) { return h.topic; }) },
      series: [{ type: 'bar', data: hotspots.map(function (h) { return h.tickets; }), itemStyle: { color: '#c81e1e' } }]
    } : null);

    const districts = business.vectorControl && business.vectorControl.districts;
    const levels = ['A', 'B', 'C', 'none'];
    const colours = { A: '#15803d', B: '#ca8a04', C: '#b91c1c', none: '#9ca3af' };
    chart('chart-vector', districts && districts.length ? {
      tooltip: { trigger: 'axis' }, legend: { bottom: 0 }, grid: { left: 40, right: 16, top: 8, bottom: 48 },
      xAxis: { type: 'category', data: districts.map(function (d) { return d.district; }) },
      yAxis: { type: 'value', minInterval: 1 },
      series: levels.map(function (level) {
        return { name: named('level', level), type: 'bar', stack: 'places', itemStyle: { color: colours[level] },
          data: districts.map(function (d) { return d.placesByLevel[level] || 0; }) };
      })
    } : null);

    const history = figures.history || [];
    const names = figures.services.map(function (s) { return s.name; });
    chart('chart-requests', history.length ? {
      tooltip: { trigger: 'axis' }, legend: { bottom: 0 }, grid: { left: 48, right: 16, top: 8, bottom: 56 },
      xAxis: { type: 'category', data: history.map(function (point) { return new Date(point.at).toLocaleTimeString(locale()); }) },
      yAxis: { type: 'value' },
      series: names.map(function (name) {
        return { name: named('service', name), type: 'line', showSymbol: false,
          data: history.map(function (point) {
            const value = point.requestsPerSecond ? point.requestsPerSecond[name] : undefined;
            return value === undefined ? null : Math.round(value * 10) / 10;
          }) };
      })
    } : null);
  }

  function render() {
    if (!latest) {
      return;
    }
    document.getElementById('updated').textContent =
      latest.collectedAt ? new Date(latest.collectedAt).toLocaleTimeString(locale()) : '—';
    renderCards(latest);
    renderTable(latest);
    renderCharts(latest);
    document.body.setAttribute('data-loaded', latest.collectedAt || '');
  }

  function refresh() {
    fetch('api/figures', { headers: { Accept: 'application/json' }, cache: 'no-store' })
      .then(function (response) {
        if (!response.ok) {
          throw new Error('HTTP ' + response.status);
        }
        return response.json();
      })
      .then(function (figures) {
        latest = figures;
        document.getElementById('problem').hidden = true;
        render();
      })
      .catch(function () {
        document.getElementById('problem').hidden = false;
      })
      .finally(function () {
        window.setTimeout(refresh, REFRESH_MS);
      });
  }

  document.getElementById('language').addEventListener('click', function () {
    language = language === 'en' ? 'zh-CN' : 'en';
    window.localStorage.setItem('yiwang.ops.lang', language);
    applyLanguage();
    render();
  });
  window.addEventListener('resize', function () {
    Object.keys(charts).forEach(function (id) { charts[id].resize(); });
  });

  applyLanguage();
  refresh();
}());
