/*
 * Rebound's few lines of script, all progressive enhancement: every page works without them.
 *  - puts the focus on a form's error summary, so that screen readers read it first;
 *  - keeps the to-do list and the timeline live with server-sent events that carry ready-made HTML;
 *  - draws charts (Chart.js) from the data tables next to them.
 */
(function () {
    'use strict';

    document.addEventListener('DOMContentLoaded', function () {
        var summary = document.getElementById('error-summary');
        if (summary) {
            summary.focus();
        }
        liveTodo();
        liveTimeline();
        drawCharts();
    });

    /** The whole list arrives as HTML, now and on every change. */
    function liveTodo() {
        document.querySelectorAll('[data-live-todo]').forEach(function (list) {
            var events = new EventSource(list.dataset.liveTodo);
            events.addEventListener('todo', function (event) {
                list.innerHTML = event.data;
                list.dataset.live = 'connected';
            });
            window.addEventListener('pagehide', function () { events.close(); });
        });
    }

    /** The newest entries arrive as HTML once, then each new entry, put in its place
     * by occurred-at time (newest first), unless it is older than every entry shown on a full list. */
    function liveTimeline() {
        document.querySelectorAll('[data-live-timeline]').forEach(function (list) {
            var limit = Number(list.dataset.limit || 50);
            var events = new EventSource(list.dataset.liveTimeline);
            events.addEventListener('timeline', function (event) {
                list.innerHTML = event.data;
                list.dataset.live = 'connected';
                toggleEmpty(list);
            });
            events.addEventListener('entry', function (event) {
                var holder = document.createElement('ol');
                holder.innerHTML = event.data;
                var entry = holder.firstElementChild;
                if (!entry || alreadyShown(list, entry.dataset.key)) {
                    return;
                }
                var occurredAt = Date.parse(entry.dataset.occurredAt);
                var later = Array.prototype.find.call(list.children, function (shown) {
                    return Date.parse(shown.dataset.occurredAt) < occurredAt;
                });
                if (later) {
                    list.insertBefore(entry, later);
                } else if (list.children.length < limit) {
                    list.appendChild(entry);
                }
                while (list.children.length > limit) {
                    list.removeChild(list.lastElementChild);
                }
                toggleEmpty(list);
            });
            window.addEventListener('pagehide', function () { events.close(); });
        });
    }

    function alreadyShown(list, key) {
        return Array.prototype.some.call(list.children, function (shown) { return shown.dataset.key === key; });
    }

    function toggleEmpty(list) {
        var empty = document.getElementById('timeline-empty');
        if (empty) {
            empty.hidden = list.children.length > 0;
        }
    }

    var STATUS_COLOURS = {OPEN: '#c8553d', IMPROVING: '#d9a400', ADDRESSED: '#2f9e44'};

    /**
     * A canvas with data-chart names the table it draws (data-table) and its series (data-series): each series
     * reads the row attribute data-<key>; a series with colorBy "status" colours each bar by the row's status. A chart of
     * counts (data-counts) has whole numbers on its axes.
     */
    function drawCharts() {
        if (!window.Chart) {
            return;
        }
        document.querySelectorAll('canvas[data-chart]').forEach(function (canvas) {
            var table = document.getElementById(canvas.dataset.table);
            if (!table) {
                return;
            }
            var rows = Array.prototype.slice.call(table.tBodies[0].rows);
            var series = JSON.parse(canvas.dataset.series);
            var secondAxis = series.some(function (s) { return s.axis === 'y1'; });
            var datasets = series.map(function (s) {
                return {
                    label: s.label,
                    type: s.type || 'bar',
                    yAxisID: s.axis || 'y',
                    data: rows.map(function (row) { return Number(row.dataset[s.key]); }),
                    backgroundColor: s.colorBy === 'status'
                        ? rows.map(function (row) { return STATUS_COLOURS[row.dataset.status] || '#3b6fb6'; })
                        : s.color,
                    borderColor: s.color || '#3b6fb6',
                    borderWidth: s.type === 'line' ? 2 : 0
                };
            });
            var counts = canvas.dataset.counts === 'true' ? {precision: 0} : {};
            var scales = {y: {beginAtZero: true, ticks: counts}};
            if (secondAxis) {
                scales.y1 = {beginAtZero: true, position: 'right', grid: {drawOnChartArea: false}, ticks: counts};
            }
            new window.Chart(canvas, {
                type: canvas.dataset.chart,
                data: {labels: rows.map(function (row) { return row.dataset.label; }), datasets: datasets},
                options: {animation: false, responsive: true, maintainAspectRatio: false, scales: scales}
            });
            canvas.dataset.drawn = 'true';
        });
    }
})();
