#include "nodemerger.h"

#include "graphstrings.h"

#include <QSet>
#include <QStringList>

#include <algorithm>
#include <climits>

namespace Coach {

namespace {

quint64 mix(quint64 x)
{
    x += 0x9e3779b97f4a7c15ULL;
    x = (x ^ (x >> 30)) * 0xbf58476d1ce4e5b9ULL;
    x = (x ^ (x >> 27)) * 0x94d049bb133111ebULL;
    return x ^ (x >> 31);
}

quint64 pairHash(int node, int key)
{
    return mix((quint64(quint32(node)) << 32) | quint32(key));
}

quint64 labelHash(int label)
{
    return mix(0x51ed270b27f3a5c3ULL ^ quint64(qint64(label)));
}

quint64 bucketKey(int label, quint64 hash, int count, quint64 salt)
{
    return mix(mix(hash ^ salt) ^ (quint64(quint32(label)) << 32) ^ quint32(count));
}

constexpr quint64 InSalt = 0x1111;
constexpr quint64 OutSalt = 0x2222;
constexpr quint64 FpSalt = 0x3333;
constexpr int NoPartner = INT_MAX;

} // namespace

NodeMerger::NodeMerger(MergeGraph &graph, const GraphStrings &strings, int maxHistory)
    : m_graph(graph), m_strings(strings), m_maxHistory(maxHistory)
{
    int maxId = 0;
    for (int id : m_graph.insertionOrder())
        maxId = std::max(maxId, id);
    m_states.resize(size_t(maxId) + 1);
    for (int id : m_graph.insertionOrder()) {
        if (!m_graph.hasNode(id))
            continue;
        m_graph.forEachOut(id, [this](const MergeGraph::Adjacency &adjacency) {
            for (const MergeGraph::Edge &edge : adjacency.keys)
                trackEdge(adjacency.from, adjacency.to, edge.key, +1);
        });
    }
    m_graph.setObserver(this);
    m_dirty.clear();
    if (m_maxHistory > 2) {
        for (int id : liveActionIds()) {
            if (!state(id).fpDirty) {
                state(id).fpDirty = true;
                m_fpDirty.push_back(id);
            }
        }
        refreshFingerprints();
    }
    const std::vector<int> ids = liveActionIds();
    m_inBuckets.reserve(ids.size());
    m_outBuckets.reserve(ids.size());
    m_fpBuckets.reserve(ids.size());
    for (int id : ids) {
        state(id).dirty = false;
        m_labelGroups[m_graph.node(id).label].push_back(id);
        bucket(id);
    }
}

NodeMerger::~NodeMerger()
{
    m_graph.setObserver(nullptr);
}

std::vector<int> NodeMerger::liveActionIds() const
{
    std::vector<int> ids;
    for (int id : m_graph.insertionOrder()) {
        if (id > 0 && m_graph.hasNode(id))
            ids.push_back(id);
    }
    return ids;
}

void NodeMerger::edgeInserted(int from, int to, int key)
{
    trackEdge(from, to, key, +1);
}

void NodeMerger::edgeErased(int from, int to, int key)
{
    trackEdge(from, to, key, -1);
}

void NodeMerger::trackEdge(int from, int to, int key, int sign)
{
    const quint64 delta = pairHash(to, key);
    if (from > 0) {
        State &s = state(from);
        if (to != from) {
            s.outHash += sign > 0 ? delta : 0 - delta;
            s.outCount += sign;
        }
        s.totalOut += sign;
        if (m_maxHistory <= 2)
            countSuccessorLabel(s, m_graph.node(to).label, sign);
        else if (!s.fpDirty) {
            s.fpDirty = true;
            m_fpDirty.push_back(from);
        }
        markDirty(from);
    }
    if (to > 0) {
        State &s = state(to);
        const quint64 inDelta = pairHash(from, key);
        s.inHash += sign > 0 ? inDelta : 0 - inDelta;
        s.inCount += sign;
        markDirty(to);
    }
    if (from > 0 && to > 0 && from != to && m_graph.node(from).label == m_graph.node(to).label) {
        state(from).sameLabelEdges += sign;
        state(to).sameLabelEdges += sign;
    }
}

void NodeMerger::countSuccessorLabel(State &s, int label, int sign)
{
    auto it = std::find_if(s.successorLabels.begin(), s.successorLabels.end(),
                           [label](const auto &entry) { return entry.first == label; });
    if (it == s.successorLabels.end())
        it = s.successorLabels.insert(s.successorLabels.end(), {label, 0});
    const int before = it->second;
    it->second += sign;
    if (before == 0 && it->second > 0)
        s.fpHash += labelHash(label);
    else if (before > 0 && it->second == 0) {
        s.fpHash -= labelHash(label);
        s.successorLabels.erase(it);
    }
}

void NodeMerger::markDirty(int id)
{
    State &s = state(id);
    if (!s.dirty) {
        s.dirty = true;
        m_dirty.push_back(id);
    }
}

NodeMerger::Bucket &NodeMerger::BucketMap::get(quint64 key)
{
    int index = m_index.value(key);
    if (index < 0) {
        if (m_free.empty()) {
            index = int(m_pool.size());
            m_pool.emplace_back();
        } else {
            index = m_free.back();
            m_free.pop_back();
        }
        m_index.insert(key, index);
    }
    return m_pool[size_t(index)];
}

void NodeMerger::BucketMap::drop(quint64 key)
{
    const int index = m_index.value(key);
    if (index < 0)
        return;
    m_pool[size_t(index)] = Bucket{};
    m_free.push_back(index);
    m_index.remove(key);
}

NodeMerger::BucketMap &NodeMerger::buckets(Family family)
{
    switch (family) {
    case Family::In:
        return m_inBuckets;
    case Family::Out:
        return m_outBuckets;
    case Family::Fingerprint:
        return m_fpBuckets;
    case Family::EmptyOut:
        break;
    }
    return m_emptyOut;
}

bool NodeMerger::isMember(int id, Family family, quint64 key) const
{
    const State &s = m_states[size_t(id)];
    if (!s.bucketed)
        return false;
    switch (family) {
    case Family::In:
        return s.inKey == key;
    case Family::Out:
        return !s.emptyOut && s.outKey == key;
    case Family::Fingerprint:
        return s.fpKey == key;
    case Family::EmptyOut:
        break;
    }
    return s.emptyOut;
}

void NodeMerger::insertInto(Family family, quint64 key, int id)
{
    Bucket &bucket = buckets(family).get(key);
    const auto at = std::lower_bound(bucket.ids.begin(), bucket.ids.end(), id);
    if (at != bucket.ids.end() && *at == id)
        bucket.stale = std::max(0, bucket.stale - 1); // a stale entry counts again
    else
        bucket.ids.insert(at, id);
}

void NodeMerger::eraseFrom(Family family, quint64 key)
{
    // The node's state no longer matches `key` when this is called.
    BucketMap &map = buckets(family);
    Bucket *found = map.find(key);
    if (!found)
        return;
    Bucket &bucket = *found;
    if (++bucket.stale * 2 <= int(bucket.ids.size()))
        return;
    const auto end = std::remove_if(bucket.ids.begin(), bucket.ids.end(),
                                    [&](int member) { return !isMember(member, family, key); });
    bucket.ids.resize(end - bucket.ids.begin());
    bucket.stale = 0;
    if (bucket.ids.isEmpty())
        map.drop(key);
}

int NodeMerger::firstWithLabel(int label, int cursor) const
{
    const auto it = m_labelGroups.constFind(label);
    if (it == m_labelGroups.constEnd())
        return NoPartner;
    for (auto j = std::upper_bound(it->begin(), it->end(), cursor); j != it->end(); ++j) {
        if (m_states[size_t(*j)].bucketed)
            return *j;
    }
    return NoPartner;
}

int NodeMerger::firstAfter(Family family, quint64 key, int cursor)
{
    const Bucket *bucket = buckets(family).find(key);
    if (!bucket)
        return NoPartner;
    for (auto j = std::upper_bound(bucket->ids.begin(), bucket->ids.end(), cursor);
         j != bucket->ids.end(); ++j) {
        if (isMember(*j, family, key))
            return *j;
    }
    return NoPartner;
}

void NodeMerger::bucket(int id)
{
    // Only the families whose key changed are touched: a merge usually
    // changes one set of one neighbour (its in- or its out-edges).
    State &s = state(id);
    const int label = m_graph.node(id).label;
    const quint64 labelKey = quint64(quint32(label));
    const State old = s;
    s.inKey = bucketKey(label, s.inHash, s.inCount, InSalt);
    s.outKey = bucketKey(label, s.outHash, s.outCount, OutSalt);
    s.fpKey = bucketKey(label, s.fpHash, s.totalOut == 0 ? 0 : 1, FpSalt);
    s.emptyOut = s.outCount == 0;
    s.bucketed = true;
    if (old.bucketed) {
        if (old.inKey != s.inKey)
            eraseFrom(Family::In, old.inKey);
        if (old.fpKey != s.fpKey)
            eraseFrom(Family::Fingerprint, old.fpKey);
        if (old.emptyOut && !s.emptyOut)
            eraseFrom(Family::EmptyOut, labelKey);
        if (!old.emptyOut && (s.emptyOut || old.outKey != s.outKey))
            eraseFrom(Family::Out, old.outKey);
    }
    if (!old.bucketed || old.inKey != s.inKey)
        insertInto(Family::In, s.inKey, id);
    if (!old.bucketed || old.fpKey != s.fpKey)
        insertInto(Family::Fingerprint, s.fpKey, id);
    if (s.emptyOut && (!old.bucketed || !old.emptyOut))
        insertInto(Family::EmptyOut, labelKey, id);
    if (!s.emptyOut && (!old.bucketed || old.emptyOut || old.outKey != s.outKey))
        insertInto(Family::Out, s.outKey, id);
}

void NodeMerger::unbucket(int id)
{
    State &s = state(id);
    if (!s.bucketed)
        return;
    s.bucketed = false;
    const quint64 labelKey = quint64(quint32(m_graph.node(id).label));
    if (s.emptyOut)
        eraseFrom(Family::EmptyOut, labelKey);
    else
        eraseFrom(Family::Out, s.outKey);
    eraseFrom(Family::In, s.inKey);
    eraseFrom(Family::Fingerprint, s.fpKey);
}

void NodeMerger::flushDirty()
{
    if (m_maxHistory > 2)
        refreshFingerprints();
    for (int id : m_dirty) {
        State &s = state(id);
        s.dirty = false;
        if (m_graph.hasNode(id))
            bucket(id);
    }
    m_dirty.clear();
}

void NodeMerger::refreshFingerprints()
{
    // A fingerprint covers paths of max_history nodes, so a change at node n
    // changes the fingerprints of nodes up to max_history - 2 steps before n.
    std::vector<int> frontier;
    for (int id : m_fpDirty) {
        state(id).fpDirty = false;
        frontier.push_back(id);
    }
    m_fpDirty.clear();
    QSet<int> affected(frontier.begin(), frontier.end());
    for (int depth = 0; depth < m_maxHistory - 2; ++depth) {
        std::vector<int> next;
        for (int id : frontier) {
            if (!m_graph.hasNode(id))
                continue;
            m_graph.forEachIn(id, [&](const MergeGraph::Adjacency &adjacency) {
                if (adjacency.from > 0 && !affected.contains(adjacency.from)) {
                    affected.insert(adjacency.from);
                    next.push_back(adjacency.from);
                }
            });
        }
        frontier.swap(next);
    }
    for (int id : affected) {
        if (id > 0 && m_graph.hasNode(id)) {
            state(id).fpHash = deepFingerprint(id);
            markDirty(id);
        }
    }
}

quint64 NodeMerger::deepFingerprint(int id) const
{
    // Rasa's _fingerprint_node: every path of max_history nodes from `id`
    // (shorter where a node has no successors), labels joined with " - ".
    std::vector<std::vector<int>> candidates{{id}};
    std::vector<quint64> paths;
    while (!candidates.empty()) {
        std::vector<int> candidate = std::move(candidates.back());
        candidates.pop_back();
        bool empty = true;
        m_graph.forEachOut(candidate.back(), [&](const MergeGraph::Adjacency &adjacency) {
            for (qsizetype k = 0; k < adjacency.keys.size(); ++k) {
                std::vector<int> next = candidate;
                next.push_back(adjacency.to);
                if (int(next.size()) == m_maxHistory) {
                    QStringList labels;
                    for (int node : next)
                        labels.append(m_strings.at(m_graph.node(node).label));
                    paths.push_back(qHash(labels.join(QStringLiteral(" - "))));
                } else {
                    candidates.push_back(std::move(next));
                }
                empty = false;
            }
        });
        if (empty)
            paths.push_back(qHash(m_strings.at(m_graph.node(candidate.back()).label)) ^ 0x77);
    }
    std::sort(paths.begin(), paths.end());
    paths.erase(std::unique(paths.begin(), paths.end()), paths.end());
    quint64 hash = 0;
    for (quint64 path : paths)
        hash += mix(path);
    return hash;
}

bool NodeMerger::equivalent(int a, int b) const
{
    if (m_graph.node(a).label != m_graph.node(b).label)
        return false;
    const State &sa = m_states[size_t(a)];
    const State &sb = m_states[size_t(b)];
    quint64 outA = sa.outHash;
    int countA = sa.outCount;
    if (const int ab = m_graph.adjacencyIndex(a, b); ab >= 0) {
        for (const MergeGraph::Edge &edge : m_graph.adjacency(ab).keys) {
            outA -= pairHash(b, edge.key);
            --countA;
        }
    }
    quint64 outB = sb.outHash;
    int countB = sb.outCount;
    if (const int ba = m_graph.adjacencyIndex(b, a); ba >= 0) {
        for (const MergeGraph::Edge &edge : m_graph.adjacency(ba).keys) {
            outB -= pairHash(a, edge.key);
            --countB;
        }
    }
    if (countA == 0 || countB == 0 || (countA == countB && outA == outB))
        return true;
    if (sa.inCount == sb.inCount && sa.inHash == sb.inHash)
        return true;
    return sa.fpHash == sb.fpHash && (sa.totalOut == 0) == (sb.totalOut == 0);
}

int NodeMerger::firstVerified(Family family, quint64 key, int i, int cursor, int best)
{
    const Bucket *bucket = buckets(family).find(key);
    if (!bucket)
        return best;
    for (auto j = std::upper_bound(bucket->ids.begin(), bucket->ids.end(), cursor);
         j != bucket->ids.end() && *j < best; ++j) {
        if (isMember(*j, family, key) && equivalent(i, *j))
            return *j;
    }
    return best;
}

int NodeMerger::findPartner(int i, int cursor)
{
    const State &s = state(i);
    const int label = m_graph.node(i).label;
    int best = NoPartner;
    const quint64 labelKey = quint64(quint32(label));
    if (s.outCount == 0) {
        best = firstWithLabel(label, cursor); // i has nothing to compare: any j
    } else {
        best = firstAfter(Family::EmptyOut, labelKey, cursor);
        best = firstVerified(Family::Out, s.outKey, i, cursor, best);
    }
    best = firstVerified(Family::In, s.inKey, i, cursor, best);
    best = firstVerified(Family::Fingerprint, s.fpKey, i, cursor, best);
    if (s.sameLabelEdges > 0) {
        const auto consider = [&](int j) {
            if (j > cursor && j < best && m_graph.node(j).label == label && equivalent(i, j))
                best = j;
        };
        m_graph.forEachOut(i, [&](const MergeGraph::Adjacency &a) { consider(a.to); });
        m_graph.forEachIn(i, [&](const MergeGraph::Adjacency &a) { consider(a.from); });
    }
    return best;
}

void NodeMerger::mergePair(int keep, int drop)
{
    unbucket(drop);
    m_graph.merge(keep, drop);
    ++m_merges;
    flushDirty();
}

bool NodeMerger::run(const std::function<bool()> &cancelled)
{
    bool changed = true;
    while (changed) {
        changed = false;
        ++m_passes;
        for (int i : liveActionIds()) {
            if (!m_graph.hasNode(i))
                continue;
            if (cancelled && (i & 1023) == 0 && cancelled())
                return false;
            for (int cursor = i;;) {
                const int j = findPartner(i, cursor);
                if (j == NoPartner)
                    break;
                mergePair(i, j);
                changed = true;
                cursor = j;
            }
        }
    }
    return true;
}

} // namespace Coach
