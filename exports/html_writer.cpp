#include "exports/html_writer.h"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <cstdio>
#include <fstream>
#include <iterator>
#include <map>
#include <sstream>
#include <stdexcept>
#include <vector>

#include "exports/escape.h"
#include "exports/fact_view.h"

#ifndef TRAME_VIEWER_SCRIPT
#define TRAME_VIEWER_SCRIPT "node_modules/cytoscape/dist/cytoscape.min.js"
#endif

namespace trame {

namespace {

/// The page up to the inlined script: no external resource, and a policy forbidding any.
const char* const kHead = R"(<!DOCTYPE html>
<html lang="fr">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; script-src 'unsafe-inline'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>trame knowledge graph</title>
<style>
html, body { margin: 0; height: 100%; font: 13px/1.4 "DejaVu Sans", Verdana, sans-serif; color: #222; }
body { display: flex; }
#cy { flex: 1; min-width: 0; height: 100%; background: #fff; }
#panel { width: 340px; height: 100%; box-sizing: border-box; overflow-y: auto; padding: 10px 12px;
         border-left: 1px solid #ccc; background: #f7f7f5; }
#panel h1 { font-size: 16px; margin: 0 0 2px; }
#panel h2 { font-size: 15px; margin: 10px 0 4px; word-wrap: break-word; }
#summary, .iri, .muted { color: #666; font-size: 11px; }
.iri { word-break: break-all; }
#search { width: 100%; box-sizing: border-box; margin: 8px 0 4px; padding: 4px 6px; font: inherit; }
#legend { margin: 6px 0; padding: 4px 6px; border: 1px solid #ccc; background: #fff; font-size: 11px; }
#legend b { display: block; margin-bottom: 2px; }
#legend span { display: inline-block; margin: 0 8px 2px 0; white-space: nowrap; }
.swatch { display: inline-block; width: 10px; height: 10px; border: 1px solid #555; margin-right: 3px; vertical-align: -1px; }
.swatch.phrase { border: 1px dashed #555; border-radius: 3px; width: 16px; }
.phrase-text { margin: 4px 0; padding: 4px 6px; background: #fff7d6; border: 1px dashed #999; border-radius: 3px; }
.type { display: inline-block; padding: 0 6px; border: 1px solid #555; border-radius: 3px; font-size: 11px; }
ul { list-style: none; padding: 0; margin: 4px 0; }
li { margin: 0 0 8px; }
#results li { margin: 0 0 2px; }
a.entity { color: #1f5fa8; cursor: pointer; text-decoration: underline; }
.predicate { font-weight: bold; }
.negated { color: #c00; }
.hypothetical { font-style: italic; color: #7a4f00; }
.sentence { margin: 2px 0 0 10px; padding-left: 6px; border-left: 3px solid #ccc; color: #444; font-size: 12px; }
</style>
</head>
<body>
<div id="cy"></div>
<div id="panel">
<h1>trame</h1>
<div id="summary"></div>
<input id="search" type="search" placeholder="Search entities by label" autocomplete="off">
<label class="muted"><input id="isolated" type="checkbox"> show entities without any fact drawn</label>
<div id="legend"></div>
<ul id="results"></ul>
<div id="details"><p class="muted">Click an entity, a phrase or a fact to see it here.</p></div>
</div>
<script>
)";

/// The page's own code, after the inlined cytoscape.js and the graph data.
const char* const kApp = R"(<script>
(function () {
  'use strict';
  // cose draws on Math.random: a seeded generator (mulberry32) makes the layout reproducible.
  var seed = 0x74726d65;
  Math.random = function () {
    seed = (seed + 0x6d2b79f5) | 0;
    var t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  var TYPES = {
    Person: ['ellipse', '#a6cee3'], Organization: ['round-rectangle', '#fdbf6f'],
    Country: ['hexagon', '#b2df8a'], Place: ['octagon', '#d9f0a3'],
    Event: ['diamond', '#fb9a99'], Other: ['tag', '#dddddd']
  };
  var PHRASE = ['round-rectangle', '#fff7d6'];
  var data = JSON.parse(document.getElementById('trame-data').textContent);
  var nodes = data.nodes, facts = data.facts, sentences = data.sentences;
  var phrases = data.phrases, edges = data.edges;  // what is drawn: phrase nodes, facts merged into edges

  function el(tag, text, cls) {
    var e = document.createElement(tag);
    if (text !== undefined && text !== null) e.textContent = text;
    if (cls) e.className = cls;
    return e;
  }
  function style(type) { return TYPES[type] || TYPES.Other; }
  function fold(text) {  // case and accents do not matter to the search
    return text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
  }

  var elements = [], edgeCount = edges.length;
  function position(i) {  // a sunflower: fixed, spread out
    var angle = 2.399963 * i, radius = 40 * Math.sqrt(i + 1);
    return { x: radius * Math.cos(angle), y: radius * Math.sin(angle) };
  }
  nodes.forEach(function (n, i) {
    elements.push({
      group: 'nodes',
      data: { id: 'n' + i, label: n.label, shape: style(n.type)[0], color: style(n.type)[1],
              size: Math.round(18 + 9 * Math.sqrt(n.degree)), font: Math.round(11 + 2 * Math.sqrt(n.degree)),
              border: n.degree >= 5 ? 2 : 1 },
      position: position(i),
      classes: n.degree ? '' : 'isolated'
    });
  });
  phrases.forEach(function (p, j) {
    elements.push({
      group: 'nodes',
      data: { id: 'p' + j, label: p.label, shape: PHRASE[0], color: PHRASE[1], size: 14, font: 10, border: 1 },
      position: position(nodes.length + j),
      classes: 'phrase'
    });
  });
  edges.forEach(function (e, k) {
    elements.push({
      group: 'edges',
      data: { id: 'e' + k, source: e.s, target: e.t, label: e.p + (e.n > 1 ? ' \u00d7' + e.n : ''),
              width: Math.min(1.3 + 0.9 * (e.n - 1), 6), edge: k },
      classes: (e.neg ? 'negated' : '') + (e.mod === 'hypothetical' ? ' hypothetical' : '')
    });
  });

  var stated = edges.reduce(function (sum, e) { return sum + e.n; }, 0);
  var summary = nodes.length + ' entities, ' + phrases.length + ' phrases, ' + stated + ' facts drawn as ' +
      edgeCount + ' edges';
  if (data.counts.documents)
    summary += ', from ' + data.counts.documents + ' documents, ' + data.counts.sentences + ' sentences';
  document.getElementById('summary').textContent = summary;
  var legend = document.getElementById('legend');
  legend.appendChild(el('b', 'Legend'));
  Object.keys(TYPES).forEach(function (type) {
    var item = el('span'), swatch = el('span', '', 'swatch');
    swatch.style.background = TYPES[type][1];
    item.appendChild(swatch);
    item.appendChild(document.createTextNode(type));
    legend.appendChild(item);
  });
  var phraseItem = el('span'), phraseSwatch = el('span', '', 'swatch phrase');
  phraseSwatch.style.background = PHRASE[1];
  phraseItem.appendChild(phraseSwatch);
  phraseItem.appendChild(document.createTextNode('phrase (what is said, wanted, demanded\u2026)'));
  legend.appendChild(phraseItem);
  legend.appendChild(el('span', '\u2192 fact'));
  legend.appendChild(el('span', '\u00d7N stated N times (thicker)'));
  legend.appendChild(el('span', '- - negated', 'negated'));
  legend.appendChild(el('span', '\u00b7\u00b7\u00b7 hypothetical', 'hypothetical'));

  var cy = cytoscape({
    container: document.getElementById('cy'),
    elements: elements,
    wheelSensitivity: 0.3,
    minZoom: 0.05,
    maxZoom: 5,
    style: [
      { selector: 'node', style: {
          'shape': 'data(shape)', 'background-color': 'data(color)', 'width': 'data(size)', 'height': 'data(size)',
          'border-color': '#555', 'border-width': 'data(border)', 'label': 'data(label)', 'font-size': 'data(font)',
          'font-family': '"DejaVu Sans", Verdana, sans-serif', 'color': '#222', 'text-valign': 'bottom',
          'text-margin-y': 2, 'text-wrap': 'wrap', 'text-max-width': 140, 'text-outline-color': '#fff',
          'text-outline-width': 2, 'min-zoomed-font-size': 4 } },
      { selector: 'node.phrase', style: {
          'border-style': 'dashed', 'font-size': 10, 'color': '#333', 'text-max-width': 160 } },
      { selector: 'node.isolated', style: { 'display': 'none' } },
      { selector: 'node.isolated.shown', style: { 'display': 'element' } },
      { selector: 'edge', style: {
          'width': 'data(width)', 'line-color': '#8a8a8a', 'target-arrow-color': '#8a8a8a', 'target-arrow-shape': 'triangle',
          'arrow-scale': 0.8, 'curve-style': 'bezier', 'label': 'data(label)', 'font-size': 10, 'color': '#444',
          'font-family': '"DejaVu Sans", Verdana, sans-serif', 'text-rotation': 'autorotate',
          'text-background-color': '#fff', 'text-background-opacity': 0.8, 'text-background-padding': 1,
          'min-zoomed-font-size': 5 } },
      { selector: 'edge.negated', style: {
          'line-color': '#d62728', 'target-arrow-color': '#d62728', 'color': '#d62728', 'line-style': 'dashed' } },
      { selector: 'edge.hypothetical', style: { 'line-style': 'dotted', 'line-dash-pattern': [2, 3] } },
      { selector: '.faded', style: { 'opacity': 0.15 } },
      { selector: 'node.match', style: { 'border-color': '#1f5fa8', 'border-width': 3 } },
      { selector: ':selected', style: { 'border-color': '#1f5fa8', 'border-width': 3, 'line-color': '#1f5fa8',
          'target-arrow-color': '#1f5fa8' } }
    ]
  });

  function layout() {
    cy.elements(':visible').layout({
      name: 'cose', animate: false, randomize: false, fit: true, padding: 30,
      nodeDimensionsIncludeLabels: true, idealEdgeLength: function () { return 90; },
      nodeRepulsion: function () { return 60000; }, edgeElasticity: function () { return 60; },
      gravity: 0.6, numIter: 1500, componentSpacing: 60, nodeOverlap: 10,
      stop: function () { cy.fit(cy.elements(':visible'), 30); }
    }).run();
  }
  var isolated = document.getElementById('isolated');
  isolated.checked = edgeCount === 0;
  function showIsolated() {
    cy.nodes('.isolated').toggleClass('shown', isolated.checked);
    layout();
  }
  isolated.addEventListener('change', showIsolated);
  showIsolated();

  var details = document.getElementById('details');

  function entityLink(index) {
    var a = el('a', nodes[index].label, 'entity');
    a.addEventListener('click', function () { select(index, true); });
    return a;
  }
  function otherEnd(f, outgoing) {  // the end of fact `f` that is not the shown entity
    var index = outgoing ? f.o : f.s, text = outgoing ? f.ov : f.sv;
    return index >= 0 ? entityLink(index) : el('span', '\u201c' + text + '\u201d');
  }
  function qualifiers(f, item) {
    if (f.neg) item.appendChild(el('span', ' [negated]', 'negated'));
    if (f.mod && f.mod !== 'asserted') item.appendChild(el('span', ' [' + f.mod + ']', 'hypothetical'));
    if (f.sent >= 0) item.appendChild(el('div', sentences[f.sent], 'sentence'));
  }
  function showEntity(index) {
    var n = nodes[index];
    details.textContent = '';
    details.appendChild(el('h2', n.label));
    var type = el('span', n.type, 'type');
    type.style.background = style(n.type)[1];
    details.appendChild(type);
    if (n.wikidata) {
      var link = el('a', n.wikidata.replace(/^https?:\/\/www\.wikidata\.org\/entity\//, 'Wikidata ')), p = el('p');
      link.href = n.wikidata;
      link.target = '_blank';
      link.rel = 'noopener noreferrer';
      p.appendChild(link);
      details.appendChild(p);
    }
    details.appendChild(el('div', n.iri, 'iri'));
    var list = el('ul'), count = 0;
    facts.forEach(function (f) {
      [true, false].forEach(function (outgoing) {
        if ((outgoing ? f.s : f.o) !== index) return;
        ++count;
        var item = el('li');
        item.appendChild(el('span', outgoing ? '\u2192 ' : '\u2190 '));
        item.appendChild(el('span', f.p, 'predicate' + (f.neg ? ' negated' : '')));
        item.appendChild(document.createTextNode(outgoing ? ' ' : ' by '));
        item.appendChild(otherEnd(f, outgoing));
        qualifiers(f, item);
        list.appendChild(item);
      });
    });
    details.appendChild(el('h2', count + (count === 1 ? ' fact' : ' facts')));
    details.appendChild(list);
  }
  function factLine(f) {
    var line = el('li');
    line.appendChild(otherEnd(f, false));
    line.appendChild(document.createTextNode(' '));
    line.appendChild(el('span', f.p, 'predicate' + (f.neg ? ' negated' : '')));
    line.appendChild(document.createTextNode(' '));
    line.appendChild(otherEnd(f, true));
    qualifiers(f, line);
    return line;
  }
  function showEdge(k) {  // a fact, with every sentence that states it
    var e = edges[k], list = el('ul');
    details.textContent = '';
    details.appendChild(el('h2', e.n > 1 ? 'Fact, stated ' + e.n + ' times' : 'Fact'));
    e.facts.forEach(function (i) { list.appendChild(factLine(facts[i])); });
    details.appendChild(list);
    details.appendChild(el('div', facts[e.facts[0]].piri, 'iri'));
  }
  function showPhrase(j) {  // its full text, and who says, wants, demands... it
    var p = phrases[j], list = el('ul');
    details.textContent = '';
    details.appendChild(el('h2', 'Phrase'));
    details.appendChild(el('div', p.text, 'phrase-text'));
    edges.forEach(function (e) {
      if (e.t !== 'p' + j) return;
      e.facts.forEach(function (i) { list.appendChild(factLine(facts[i])); });
    });
    details.appendChild(el('h2', p.degree + (p.degree === 1 ? ' fact' : ' facts')));
    details.appendChild(list);
  }
  function select(index, center) {
    var node = cy.getElementById('n' + index);
    cy.elements().unselect();
    if (node.visible()) {
      node.select();
      if (center) cy.animate({ center: { eles: node }, duration: 250 });
    }
    showEntity(index);
  }
  cy.on('tap', 'node', function (event) {
    var id = event.target.id();
    if (id.charAt(0) === 'p') showPhrase(Number(id.slice(1)));
    else select(Number(id.slice(1)), false);
  });
  cy.on('tap', 'edge', function (event) { showEdge(event.target.data('edge')); });

  var search = document.getElementById('search'), results = document.getElementById('results');
  var folded = nodes.map(function (n) { return fold(n.label); });
  function filter() {
    var query = fold(search.value.trim());
    results.textContent = '';
    cy.batch(function () {
      cy.elements().removeClass('faded match');
      if (!query) return;
      var matches = 0;
      cy.nodes('.phrase').addClass('faded');
      cy.nodes().not('.phrase').forEach(function (node) {
        var index = Number(node.id().slice(1));
        if (folded[index].indexOf(query) < 0) {
          node.addClass('faded');
          return;
        }
        node.addClass('match');
        if (++matches <= 50) {
          var item = el('li');
          item.appendChild(entityLink(index));
          item.appendChild(el('span', ' ' + nodes[index].type, 'muted'));
          results.appendChild(item);
        }
      });
      cy.edges().addClass('faded');
      results.insertBefore(el('li', matches + (matches === 1 ? ' match' : ' matches'), 'muted'), results.firstChild);
    });
  }
  search.addEventListener('input', filter);
  window.trameViewer = { cy: cy, select: select, filter: filter, showEdge: showEdge, showPhrase: showPhrase };
  search.addEventListener('keydown', function (event) {
    var first = results.querySelector('a.entity');
    if (event.key === 'Enter' && first) first.click();
  });
})();
</script>
</body>
</html>
)";

/// How many bytes the UTF-8 sequence starting with `lead` claims (1 for a stray byte).
std::size_t sequence_length(unsigned char lead) {
    if (lead >= 0xF0 && lead <= 0xF4) return 4;
    if (lead >= 0xE0 && lead <= 0xEF) return 3;
    if (lead >= 0xC2 && lead <= 0xDF) return 2;
    return 1;
}

/// The text of the file `path`; throws naming it, and saying how to get it, when it cannot be read.
std::string read_script(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in)
        throw std::runtime_error("viewer script " + path +
                                 " not found: run `npm ci` in the trame source folder, or give --viewer-script PATH");
    std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    if (in.bad()) throw std::runtime_error("viewer script " + path + ": cannot read");
    std::string lower(text);
    std::transform(lower.begin(), lower.end(), lower.begin(), [](unsigned char c) { return std::tolower(c); });
    if (lower.find("</script") != std::string::npos || lower.find("<!--") != std::string::npos)
        throw std::runtime_error("viewer script " + path + " holds '</script' or '<!--' and cannot be inlined");
    return text;
}

/// A Wikidata IRI the page may link to, or "" for anything else.
std::string wikidata_link(const std::string& iri) {
    for (const char* prefix : {"http://www.wikidata.org/entity/", "https://www.wikidata.org/entity/"})
        if (iri.rfind(prefix, 0) == 0 && iri.size() > std::char_traits<char>::length(prefix) &&
            iri.find_first_of("\"'<> \\") == std::string::npos)
            return iri;
    return "";
}

/// The graph data as a JSON object: counts (documents and sentences of the graph), nodes (entities
/// in order, with the number of drawn facts touching each), facts (statements with at least one
/// entity end; s and o are entity indices or -1, sv and ov the text of a non-entity end),
/// sentences (each source sentence once, facts referring to it by index), and what is drawn (see
/// FactView): phrases (label shortened, full text, degree) and edges (s and t the ids of their
/// ends, "n3" or "p0"; n how many facts they merge, facts their indices in `facts`).
void write_data(const KnowledgeGraph& graph, std::ostream& out) {
    const FactView view = build_fact_view(graph);
    const std::vector<std::string> ids = node_ids(view);
    struct Ends {
        long subject, object;
        std::size_t statement;
    };
    std::vector<Ends> facts;
    std::vector<long> fact_of_statement(graph.statements.size(), -1);
    for (std::size_t i = 0; i < graph.statements.size(); ++i) {
        const GraphStatement& statement = graph.statements[i];
        const long subject = graph.find_entity(statement.subject);
        const long object = statement.object_is_resource ? graph.find_entity(statement.object) : -1;
        if (subject < 0 && object < 0) continue;
        fact_of_statement[i] = static_cast<long>(facts.size());
        facts.push_back({subject, object, i});
    }

    out << "{\"counts\":{\"documents\":" << graph.documents << ",\"sentences\":" << graph.sentences
        << "},\n\"nodes\":[";
    for (std::size_t i = 0; i < graph.entities.size(); ++i) {
        const GraphEntity& entity = graph.entities[i];
        out << (i ? ",\n" : "\n") << "{\"label\":" << json_string(view.nodes[i].label)
            << ",\"type\":" << json_string(to_string(entity.type)) << ",\"iri\":" << json_string(entity.iri);
        if (const std::string link = wikidata_link(entity.wikidata_iri); !link.empty())
            out << ",\"wikidata\":" << json_string(link);
        out << ",\"degree\":" << view.nodes[i].degree << "}";
    }

    std::map<std::string, std::size_t> sentence_index;
    std::vector<const std::string*> sentence_texts;
    out << "],\n\"facts\":[";
    for (std::size_t i = 0; i < facts.size(); ++i) {
        const GraphStatement& statement = graph.statements[facts[i].statement];
        const std::string& predicate = statement.predicate_label.empty() ? local_name(statement.predicate)
                                                                         : statement.predicate_label;
        out << (i ? ",\n" : "\n") << "{\"s\":" << facts[i].subject << ",\"o\":" << facts[i].object;
        if (facts[i].subject < 0) out << ",\"sv\":" << json_string(statement.subject);
        if (facts[i].object < 0) out << ",\"ov\":" << json_string(statement.object);
        out << ",\"p\":" << json_string(predicate) << ",\"piri\":" << json_string(statement.predicate)
            << ",\"neg\":" << (statement.negated ? "true" : "false")
            << ",\"mod\":" << json_string(statement.modality) << ",\"sent\":";
        if (statement.sentence.empty()) {
            out << -1;
        } else {
            const auto [it, added] = sentence_index.emplace(statement.sentence, sentence_texts.size());
            if (added) sentence_texts.push_back(&it->first);
            out << it->second;
        }
        out << "}";
    }
    out << "],\n\"sentences\":[";
    for (std::size_t i = 0; i < sentence_texts.size(); ++i) out << (i ? ",\n" : "\n") << json_string(*sentence_texts[i]);
    out << "],\n\"phrases\":[";
    bool first = true;
    for (const ViewNode& node : view.nodes) {
        if (node.kind != ViewNode::Kind::Phrase) continue;
        out << (first ? "\n" : ",\n") << "{\"label\":" << json_string(node.label) << ",\"text\":" << json_string(node.text)
            << ",\"degree\":" << node.degree << "}";
        first = false;
    }
    out << "],\n\"edges\":[";
    for (std::size_t k = 0; k < view.edges.size(); ++k) {
        const ViewEdge& edge = view.edges[k];
        out << (k ? ",\n" : "\n") << "{\"s\":\"" << ids[edge.source] << "\",\"t\":\"" << ids[edge.target]
            << "\",\"p\":" << json_string(edge.predicate) << ",\"neg\":" << (edge.negated ? "true" : "false")
            << ",\"mod\":" << json_string(edge.modality) << ",\"n\":" << edge.count() << ",\"facts\":[";
        for (std::size_t j = 0; j < edge.statements.size(); ++j)
            out << (j ? "," : "") << fact_of_statement[edge.statements[j]];
        out << "]}";
    }
    out << "]}\n";
}

}  // namespace

const char* default_viewer_script() { return TRAME_VIEWER_SCRIPT; }

/// What a JSON string inside the page writes for quotes, backslashes and line breaks, and for the
/// characters that could close the <script> element around it.
constexpr Escape kJsonEscapes[] = {{'"', "\\\""},     {'\\', "\\\\"},    {'\n', "\\n"},      {'\t', "\\t"},
                                   {'<', "\\u003c"}, {'>', "\\u003e"}, {'&', "\\u0026"}};

std::string json_string(const std::string& text) {
    std::string result = "\"";
    result.reserve(text.size() + 2);
    char buffer[8];
    for (std::size_t i = 0; i < text.size(); ++i) {
        const auto byte = static_cast<unsigned char>(text[i]);
        if (append_escape(kJsonEscapes, text[i], result)) continue;
        if (byte < 0x20 || byte == 0x7f) {
            std::snprintf(buffer, sizeof buffer, "\\u%04x", byte);
            result += buffer;
            continue;
        }
        if (byte == 0xE2 && i + 2 < text.size() && static_cast<unsigned char>(text[i + 1]) == 0x80 &&
            (static_cast<unsigned char>(text[i + 2]) == 0xA8 || static_cast<unsigned char>(text[i + 2]) == 0xA9)) {
            result += static_cast<unsigned char>(text[i + 2]) == 0xA8 ? "\\u2028" : "\\u2029";
            i += 2;
            continue;
        }
        // Copy whole UTF-8 sequences; a malformed one becomes U+FFFD so the page stays valid UTF-8.
        const std::size_t length = sequence_length(byte);
        bool valid = length > 1 || byte < 0x80;
        for (std::size_t k = 1; valid && k < length; ++k)
            valid = i + k < text.size() && (static_cast<unsigned char>(text[i + k]) & 0xC0) == 0x80;
        if (!valid) {
            result += "\\ufffd";
            continue;
        }
        result.append(text, i, length);
        i += length - 1;
    }
    return result + '"';
}

void write_html(const KnowledgeGraph& graph, std::ostream& out, const std::string& script_path) {
    const std::string script = read_script(script_path);
    std::ostringstream data;
    write_data(graph, data);
    out << kHead << script << "\n</script>\n<script type=\"application/json\" id=\"trame-data\">\n"
        << data.str() << "</script>\n" << kApp;
}

}  // namespace trame
