#include "layeredlayout.h"

#include "reversed.h"

#include <QHash>

#include <algorithm>
#include <numeric>
#include <vector>

using namespace Qt::StringLiterals;

namespace Coach {

namespace {

struct Edge
{
    int from;
    int to;
    bool reversed = false;
    std::vector<int> chain; // virtual nodes from the upper to the lower end
};

class Layering
{
public:
    Layering(const StoryGraph &graph, const LayeredLayout::Options &options);
    std::optional<GraphLayout> run();

private:
    bool cancelled() const { return m_options.cancelled && m_options.cancelled(); }
    std::vector<int> searchRoots() const;
    void breakCycles();
    void assignLayers();
    void addDummies();
    void initialOrder();
    void orderLayers();
    void sweep(bool down);
    long crossings() const;
    void placeLayers();
    void placeX(bool down);
    GraphLayout result() const;
    GraphLayout::EdgePath route(const Edge &edge) const;
    GraphLayout::EdgePath selfLoop(int node) const;

    const StoryGraph &m_graph;
    LayeredLayout::Options m_options;
    int m_real = 0; // virtual nodes [0, m_real) are the graph's nodes
    std::vector<Edge> m_edges; // same order as the graph's edges; self loops have from == to
    std::vector<int> m_layer;
    std::vector<double> m_width, m_height, m_x, m_y;
    std::vector<std::vector<int>> m_upper, m_lower; // virtual neighbours one layer up/down
    std::vector<std::vector<int>> m_layers; // virtual nodes per layer, in order
    std::vector<int> m_position;
};

Layering::Layering(const StoryGraph &graph, const LayeredLayout::Options &options)
    : m_graph(graph), m_options(options), m_real(int(graph.nodes.size()))
{
    for (const StoryGraphNode &node : graph.nodes) {
        const QSizeF size = GraphMetrics::nodeSize(node);
        m_width.push_back(size.width());
        m_height.push_back(size.height());
    }
    for (const StoryGraphEdge &edge : graph.edges)
        m_edges.push_back(Edge{graph.indexOf(edge.from), graph.indexOf(edge.to), false, {}});
}

// Every real node, START first: searches from it follow the stories.
std::vector<int> Layering::searchRoots() const
{
    std::vector<int> roots(static_cast<size_t>(m_real));
    std::iota(roots.begin(), roots.end(), 0);
    const int start = m_graph.indexOf(0);
    if (start > 0)
        std::swap(roots[0], roots[size_t(start)]);
    return roots;
}

void Layering::breakCycles()
{
    // Iterative depth-first search from START, then from any node left; an
    // edge into a node still on the stack closes a cycle and is reversed.
    std::vector<std::vector<int>> out(static_cast<size_t>(m_real));
    for (size_t e = 0; e < m_edges.size(); ++e) {
        if (m_edges[e].from != m_edges[e].to)
            out[size_t(m_edges[e].from)].push_back(int(e));
    }
    std::vector<char> state(size_t(m_real), 0); // 0 new, 1 on stack, 2 done
    for (int root : searchRoots()) {
        if (state[size_t(root)])
            continue;
        std::vector<std::pair<int, size_t>> stack{{root, 0}};
        state[size_t(root)] = 1;
        while (!stack.empty()) {
            auto &[node, next] = stack.back();
            if (next == out[size_t(node)].size()) {
                state[size_t(node)] = 2;
                stack.pop_back();
                continue;
            }
            Edge &edge = m_edges[size_t(out[size_t(node)][next++])];
            if (state[size_t(edge.to)] == 1) {
                edge.reversed = true;
            } else if (state[size_t(edge.to)] == 0) {
                state[size_t(edge.to)] = 1;
                stack.emplace_back(edge.to, 0);
            }
        }
    }
}

void Layering::assignLayers()
{
    // Longest path from the sources over the acyclic edges (Kahn's order).
    std::vector<std::vector<int>> down(static_cast<size_t>(m_real));
    std::vector<int> indegree(size_t(m_real), 0);
    for (const Edge &edge : m_edges) {
        if (edge.from == edge.to)
            continue;
        const int upper = edge.reversed ? edge.to : edge.from;
        const int lower = edge.reversed ? edge.from : edge.to;
        down[size_t(upper)].push_back(lower);
        ++indegree[size_t(lower)];
    }
    m_layer.assign(size_t(m_real), 0);
    std::vector<int> queue;
    for (int v = 0; v < m_real; ++v) {
        if (indegree[size_t(v)] == 0)
            queue.push_back(v);
    }
    for (size_t head = 0; head < queue.size(); ++head) {
        const int v = queue[head];
        for (int w : down[size_t(v)]) {
            m_layer[size_t(w)] = std::max(m_layer[size_t(w)], m_layer[size_t(v)] + 1);
            if (--indegree[size_t(w)] == 0)
                queue.push_back(w);
        }
    }
}

void Layering::addDummies()
{
    const int layers = m_real ? *std::max_element(m_layer.begin(), m_layer.end()) + 1 : 0;
    m_upper.assign(size_t(m_real), {});
    m_lower.assign(size_t(m_real), {});
    // Short edges first get dummy nodes until the budget is spent.
    std::vector<int> order;
    for (size_t e = 0; e < m_edges.size(); ++e) {
        if (m_edges[e].from != m_edges[e].to)
            order.push_back(int(e));
    }
    const auto span = [this](const Edge &e) {
        return std::abs(m_layer[size_t(e.to)] - m_layer[size_t(e.from)]);
    };
    std::stable_sort(order.begin(), order.end(), [&](int a, int b) {
        return span(m_edges[size_t(a)]) < span(m_edges[size_t(b)]);
    });
    long budget = long(m_real) * m_options.dummiesPerNode + 200;
    for (int e : order) {
        Edge &edge = m_edges[size_t(e)];
        const int upper = edge.reversed ? edge.to : edge.from;
        const int lower = edge.reversed ? edge.from : edge.to;
        const int length = m_layer[size_t(lower)] - m_layer[size_t(upper)];
        if (length > 1 && length - 1 > budget)
            continue; // drawn as one long curve
        budget -= std::max(0, length - 1);
        int previous = upper;
        edge.chain.push_back(upper);
        for (int layer = m_layer[size_t(upper)] + 1; layer < m_layer[size_t(lower)]; ++layer) {
            const int dummy = int(m_layer.size());
            m_layer.push_back(layer);
            m_width.push_back(8.0);
            m_height.push_back(0.0);
            m_upper.push_back({previous});
            m_lower.emplace_back();
            m_lower[size_t(previous)].push_back(dummy);
            edge.chain.push_back(dummy);
            previous = dummy;
        }
        m_lower[size_t(previous)].push_back(lower);
        m_upper[size_t(lower)].push_back(previous);
        edge.chain.push_back(lower);
    }
    m_layers.assign(size_t(layers), {});
}

void Layering::initialOrder()
{
    // Depth-first discovery from START keeps each story's path together.
    const size_t count = m_layer.size();
    std::vector<char> seen(count, 0);
    for (int root : searchRoots()) {
        if (seen[size_t(root)])
            continue;
        std::vector<int> stack{root};
        while (!stack.empty()) {
            const int v = stack.back();
            stack.pop_back();
            if (seen[size_t(v)])
                continue;
            seen[size_t(v)] = 1;
            m_layers[size_t(m_layer[size_t(v)])].push_back(v);
            for (const int lower : reversed(m_lower[size_t(v)]))
                stack.push_back(lower);
        }
    }
    m_position.assign(count, 0);
    for (const auto &layer : m_layers) {
        for (size_t i = 0; i < layer.size(); ++i)
            m_position[size_t(layer[i])] = int(i);
    }
}

void Layering::sweep(bool down)
{
    const int count = int(m_layers.size());
    for (int step = 1; step < count; ++step) {
        auto &layer = m_layers[size_t(down ? step : count - 1 - step)];
        std::vector<std::pair<double, int>> keyed;
        keyed.reserve(layer.size());
        for (int v : layer) {
            const auto &neighbours = down ? m_upper[size_t(v)] : m_lower[size_t(v)];
            double key = m_position[size_t(v)];
            if (!neighbours.empty()) {
                double sum = 0;
                for (int u : neighbours)
                    sum += m_position[size_t(u)];
                key = sum / double(neighbours.size());
            }
            keyed.emplace_back(key, v);
        }
        std::stable_sort(keyed.begin(), keyed.end(),
                         [](const auto &a, const auto &b) { return a.first < b.first; });
        for (size_t i = 0; i < keyed.size(); ++i) {
            layer[i] = keyed[i].second;
            m_position[size_t(layer[i])] = int(i);
        }
    }
}

long Layering::crossings() const
{
    // Inversions of the lower ends, edges sorted by their upper end (Fenwick tree).
    long total = 0;
    for (size_t l = 0; l + 1 < m_layers.size(); ++l) {
        std::vector<std::pair<int, int>> pairs;
        for (int v : m_layers[l]) {
            for (int w : m_lower[size_t(v)])
                pairs.emplace_back(m_position[size_t(v)], m_position[size_t(w)]);
        }
        std::sort(pairs.begin(), pairs.end());
        std::vector<int> tree(m_layers[l + 1].size() + 1, 0);
        long seen = 0;
        for (const auto &[upper, lower] : pairs) {
            long notGreater = 0;
            for (int i = lower + 1; i > 0; i -= i & -i)
                notGreater += tree[size_t(i)];
            total += seen - notGreater;
            for (int i = lower + 1; i < int(tree.size()); i += i & -i)
                ++tree[size_t(i)];
            ++seen;
        }
    }
    return total;
}

void Layering::orderLayers()
{
    auto best = m_layers;
    long bestCrossings = crossings();
    for (int i = 0; i < m_options.orderingSweeps && bestCrossings > 0; ++i) {
        if (cancelled())
            return;
        sweep(i % 2 == 0);
        const long now = crossings();
        if (now < bestCrossings) {
            bestCrossings = now;
            best = m_layers;
        }
    }
    m_layers = best;
    for (const auto &layer : m_layers) {
        for (size_t i = 0; i < layer.size(); ++i)
            m_position[size_t(layer[i])] = int(i);
    }
}

void Layering::placeLayers()
{
    m_x.assign(m_layer.size(), 0.0);
    m_y.assign(m_layer.size(), 0.0);
    double y = 24.0;
    for (const auto &layer : m_layers) {
        double height = 0;
        for (int v : layer)
            height = std::max(height, m_height[size_t(v)]);
        double x = 24.0;
        for (int v : layer) {
            m_x[size_t(v)] = x + m_width[size_t(v)] / 2;
            m_y[size_t(v)] = y + height / 2;
            x += m_width[size_t(v)] + m_options.nodeGap;
        }
        y += height + m_options.rankGap;
    }
}

void Layering::placeX(bool down)
{
    // Each layer moves towards the mean x of its neighbours above (or
    // below) while keeping its order and gaps: isotonic regression of the
    // targets minus the packing offsets, solved by pool adjacent violators.
    const int count = int(m_layers.size());
    for (int step = 0; step < count; ++step) {
        const auto &layer = m_layers[size_t(down ? step : count - 1 - step)];
        std::vector<double> target, weight, offset;
        double packed = 0;
        for (size_t i = 0; i < layer.size(); ++i) {
            const int v = layer[i];
            if (i > 0) {
                packed +=
                    (m_width[size_t(layer[i - 1])] + m_width[size_t(v)]) / 2 + m_options.nodeGap;
            }
            const auto &neighbours = down ? m_upper[size_t(v)] : m_lower[size_t(v)];
            double desired = m_x[size_t(v)];
            if (!neighbours.empty()) {
                desired = 0;
                for (int u : neighbours)
                    desired += m_x[size_t(u)];
                desired /= double(neighbours.size());
            }
            offset.push_back(packed);
            target.push_back(desired - packed);
            weight.push_back(v >= m_real ? 2.0 : 1.0); // keep long edges straight
        }
        struct Block
        {
            double sum, weight;
            size_t size;
        };
        std::vector<Block> blocks;
        for (size_t i = 0; i < target.size(); ++i) {
            blocks.push_back({target[i] * weight[i], weight[i], 1});
            while (blocks.size() > 1) {
                const Block &last = blocks.back();
                const Block &before = blocks[blocks.size() - 2];
                if (before.sum / before.weight <= last.sum / last.weight)
                    break;
                const Block merged{before.sum + last.sum, before.weight + last.weight,
                                   before.size + last.size};
                blocks.pop_back();
                blocks.back() = merged;
            }
        }
        size_t i = 0;
        for (const Block &block : blocks) {
            for (size_t k = 0; k < block.size; ++k, ++i)
                m_x[size_t(layer[i])] = block.sum / block.weight + offset[i];
        }
    }
}

GraphLayout::EdgePath Layering::selfLoop(int node) const
{
    const double right = m_x[size_t(node)] + m_width[size_t(node)] / 2;
    const double y = m_y[size_t(node)];
    const double h = m_height[size_t(node)] / 2;
    GraphLayout::EdgePath path;
    path.bezier = true;
    path.points = {{right, y - h / 2},
                   {right + 28, y - h - 12},
                   {right + 28, y + h + 12},
                   {right + 8, y + h / 2 + 3}};
    path.arrowFrom = path.points.last();
    path.arrowTo = {right, y + h / 2};
    return path;
}

GraphLayout::EdgePath Layering::route(const Edge &edge) const
{
    if (edge.from == edge.to)
        return selfLoop(edge.from);
    std::vector<QPointF> points;
    const std::vector<int> chain = edge.chain.empty()
        ? std::vector<int>{edge.reversed ? edge.to : edge.from, edge.reversed ? edge.from : edge.to}
        : edge.chain;
    for (size_t i = 0; i < chain.size(); ++i) {
        const int v = chain[i];
        double y = m_y[size_t(v)];
        if (i == 0)
            y += m_height[size_t(v)] / 2;
        else if (i + 1 == chain.size())
            y -= m_height[size_t(v)] / 2;
        points.emplace_back(m_x[size_t(v)], y);
    }
    if (edge.reversed) // drawn from the source (below) up to the target
        std::reverse(points.begin(), points.end());
    GraphLayout::EdgePath path;
    path.bezier = true;
    path.arrowTo = points.back();
    const double direction = points.back().y() > points[points.size() - 2].y() ? 1.0 : -1.0;
    points.back() -= QPointF(0, 7.0 * direction); // the arrow head fills the rest
    path.arrowFrom = points.back();
    path.points.append(points.front());
    for (size_t i = 1; i < points.size(); ++i) {
        const QPointF a = points[i - 1];
        const QPointF b = points[i];
        const double dy = (b.y() - a.y()) / 2;
        path.points.append({a.x(), a.y() + dy});
        path.points.append({b.x(), b.y() - dy});
        path.points.append(b);
    }
    return path;
}

GraphLayout Layering::result() const
{
    GraphLayout layout;
    layout.engine = u"layered"_s;
    double right = 0, bottom = 0, left = 1e18;
    for (int v = 0; v < int(m_layer.size()); ++v)
        left = std::min(left, m_x[size_t(v)] - m_width[size_t(v)] / 2);
    const double shift = m_layer.empty() ? 0.0 : 24.0 - left;
    for (int v = 0; v < m_real; ++v) {
        const QRectF box(m_x[size_t(v)] + shift - m_width[size_t(v)] / 2,
                         m_y[size_t(v)] - m_height[size_t(v)] / 2, m_width[size_t(v)],
                         m_height[size_t(v)]);
        layout.nodes.append(box);
        right = std::max(right, box.right() + 40);
        bottom = std::max(bottom, box.bottom());
    }
    for (const Edge &edge : m_edges) {
        GraphLayout::EdgePath path = route(edge);
        for (QPointF &point : path.points)
            point.rx() += shift;
        path.arrowFrom.rx() += shift;
        path.arrowTo.rx() += shift;
        layout.edges.append(path);
    }
    layout.size = QSizeF(right + 24, bottom + 24);
    return layout;
}

std::optional<GraphLayout> Layering::run()
{
    breakCycles();
    assignLayers();
    addDummies();
    initialOrder();
    if (cancelled())
        return std::nullopt;
    orderLayers();
    if (cancelled())
        return std::nullopt;
    placeLayers();
    for (int i = 0; i < m_options.placementSweeps; ++i)
        placeX(i % 2 == 0);
    return result();
}

} // namespace

std::optional<GraphLayout> LayeredLayout::run(const StoryGraph &graph, const Options &options)
{
    return Layering(graph, options).run();
}

} // namespace Coach
