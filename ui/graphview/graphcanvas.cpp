#include "graphcanvas.h"

#include "graph/graphlayout.h"

#include <QFontInfo>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>
#include <QSvgRenderer>
#include <QWheelEvent>

namespace Coach {

namespace {

constexpr double MinZoom = 0.03;
constexpr double MaxZoom = 6.0;
constexpr double ZoomStep = 1.2;
// Above this many pixels the cache covers only the visible part.
constexpr qint64 MaxCachePixels = 24'000'000;

} // namespace

GraphCanvas::GraphCanvas(QWidget *parent) : QWidget(parent), m_renderer(new QSvgRenderer(this))
{
    setFocusPolicy(Qt::StrongFocus);
    setMouseTracking(true);
    setAttribute(Qt::WA_OpaquePaintEvent);
    setAccessibleName(tr("Story graph"));
    m_cacheTimer.setSingleShot(true);
    m_cacheTimer.setInterval(40);
    connect(&m_cacheTimer, &QTimer::timeout, this, &GraphCanvas::rebuildCache);
}

GraphCanvas::~GraphCanvas() = default;

void GraphCanvas::setGraph(const RenderedGraph &graph)
{
    m_graph = graph;
    m_renderer->load(m_graph.svg);
    m_hovered = -1;
    // The old picture must not be shown over the new node map: render now.
    m_cache = QPixmap();
    m_cacheZoom = 0;
    if (m_mode == ViewMode::Follow)
        follow();
    else if (m_mode == ViewMode::Fit)
        fitToView();
    else if (!pendingInView() && pendingNode() >= 0)
        centerOn(pendingNode());
    m_cacheTimer.stop();
    rebuildCache();
    update();
}

QPointF GraphCanvas::toSvg(const QPointF &widgetPoint) const
{
    return (widgetPoint - m_origin) / m_zoom;
}

QPointF GraphCanvas::toWidget(const QPointF &svgPoint) const
{
    return svgPoint * m_zoom + m_origin;
}

void GraphCanvas::zoomBy(double factor, const QPointF &anchor)
{
    const double zoom = std::clamp(m_zoom * factor, MinZoom, MaxZoom);
    setMode(ViewMode::Manual);
    if (qFuzzyCompare(zoom, m_zoom))
        return;
    const QPointF fixed = toSvg(anchor);
    m_origin = anchor - fixed * zoom;
    setZoom(zoom);
}

void GraphCanvas::setZoom(double zoom)
{
    m_zoom = zoom;
    scheduleCache();
    update();
    Q_EMIT zoomChanged(m_zoom);
}

void GraphCanvas::setMode(ViewMode mode)
{
    const bool wasFollowing = isFollowing();
    m_mode = mode;
    if (wasFollowing != isFollowing())
        Q_EMIT followingChanged(isFollowing());
}

void GraphCanvas::setFollowing(bool follow)
{
    if (follow == isFollowing())
        return;
    setMode(follow ? ViewMode::Follow : ViewMode::Manual);
    if (follow)
        this->follow();
}

double GraphCanvas::readableZoom() const
{
    return std::clamp(QFontInfo(font()).pixelSize() / GraphMetrics::FontSize, MinZoom, MaxZoom);
}

double GraphCanvas::labelPixelSize() const
{
    return GraphMetrics::FontSize * m_zoom;
}

int GraphCanvas::currentNode() const
{
    if (const int pending = pendingNode(); pending >= 0)
        return pending;
    int newest = -1;
    for (int i = 0; i < m_graph.nodes.size(); ++i) {
        const GraphNodeInfo &node = m_graph.nodes.at(i);
        if (node.active && node.eventIndex >= 0
            && (newest < 0 || node.eventIndex > m_graph.nodes.at(newest).eventIndex))
            newest = i;
    }
    return newest;
}

void GraphCanvas::follow()
{
    // The whole graph when it fits at a readable size, else the current
    // node at that size: labels are never smaller than the UI's text.
    const QSizeF size = m_graph.size;
    if (size.isEmpty() || width() <= 0 || height() <= 0)
        return;
    const double fit = std::min((width() - 16) / size.width(), (height() - 16) / size.height());
    const double zoom = std::max(readableZoom(), std::min(fit, 1.5));
    m_origin = QPointF((width() - size.width() * zoom) / 2, (height() - size.height() * zoom) / 2);
    setZoom(zoom);
    if (fit < zoom && currentNode() >= 0)
        centerOn(currentNode());
}

void GraphCanvas::zoomIn()
{
    zoomBy(ZoomStep, rect().center());
}

void GraphCanvas::zoomOut()
{
    zoomBy(1 / ZoomStep, rect().center());
}

void GraphCanvas::fitToView()
{
    const QSizeF size = m_graph.size;
    if (size.isEmpty() || width() <= 0 || height() <= 0)
        return;
    const double fit = std::min((width() - 16) / size.width(), (height() - 16) / size.height());
    const double zoom = std::clamp(fit, MinZoom, 1.5);
    m_origin = QPointF((width() - size.width() * zoom) / 2, (height() - size.height() * zoom) / 2);
    setMode(ViewMode::Fit);
    setZoom(zoom);
}

void GraphCanvas::panBy(const QPointF &delta)
{
    m_origin += delta;
    setMode(ViewMode::Manual);
    if (m_cache.isNull() || m_cacheZoom != m_zoom
        || m_graph.size.width() * m_zoom * m_graph.size.height() * m_zoom > MaxCachePixels)
        scheduleCache();
    update();
}

void GraphCanvas::centerOn(int node)
{
    if (node < 0 || node >= m_graph.nodes.size())
        return;
    m_origin += QPointF(rect().center()) - toWidget(m_graph.nodes.at(node).box.center());
    scheduleCache();
    update();
}

int GraphCanvas::pendingNode() const
{
    for (int i = 0; i < m_graph.nodes.size(); ++i) {
        if (m_graph.nodes.at(i).pending)
            return i;
    }
    return -1;
}

bool GraphCanvas::pendingInView() const
{
    const int node = pendingNode();
    if (node < 0)
        return true;
    const QRectF box = m_graph.nodes.at(node).box;
    return rect().contains(toWidget(box.topLeft()).toPoint())
        && rect().contains(toWidget(box.bottomRight()).toPoint());
}

void GraphCanvas::scheduleCache()
{
    m_cacheTimer.start();
}

void GraphCanvas::rebuildCache()
{
    // Whole graph at the current zoom when that is affordable, else only
    // what is visible (redone after panning).
    const qreal dpr = devicePixelRatioF();
    const QSizeF full = m_graph.size * m_zoom * dpr;
    if (m_graph.svg.isEmpty() || full.isEmpty()) {
        m_cache = QPixmap();
        return;
    }
    const bool whole = full.width() * full.height() <= double(MaxCachePixels);
    const QRectF area = whole ? QRectF(QPointF(0, 0), m_graph.size)
                              : QRectF(toSvg(QPointF(0, 0)), toSvg(QPointF(width(), height())))
                                    .intersected(QRectF(QPointF(0, 0), m_graph.size));
    if (area.isEmpty()) {
        m_cache = QPixmap();
        return;
    }
    QPixmap pixmap((area.size() * m_zoom * dpr).toSize().expandedTo(QSize(1, 1)));
    pixmap.setDevicePixelRatio(dpr);
    pixmap.fill(Qt::white);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    m_renderer->setViewBox(area);
    m_renderer->render(&painter, QRectF(QPointF(0, 0), area.size() * m_zoom));
    m_cache = pixmap;
    m_cache.setDevicePixelRatio(dpr);
    m_cacheZoom = m_zoom;
    m_cacheOrigin = area.topLeft();
    update();
}

void GraphCanvas::paintEvent(QPaintEvent * /*event*/)
{
    QPainter painter(this);
    painter.fillRect(rect(), palette().base());
    if (!m_cache.isNull() && m_cacheZoom > 0) {
        // A stale cache is drawn scaled until the timer renders a sharp one.
        const double scale = m_zoom / m_cacheZoom;
        const QSizeF logical = QSizeF(m_cache.size()) / m_cache.devicePixelRatio() * scale;
        painter.drawPixmap(QRectF(toWidget(m_cacheOrigin), logical), m_cache,
                           QRectF(m_cache.rect()));
    } else if (!m_graph.svg.isEmpty()) {
        m_renderer->setViewBox(QRectF(QPointF(0, 0), m_graph.size));
        m_renderer->render(&painter, QRectF(m_origin, m_graph.size * m_zoom));
    }
    drawOverlays(painter);
}

void GraphCanvas::drawOverlays(QPainter &painter) const
{
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setBrush(Qt::NoBrush);
    const auto outline = [&](int index, const QColor &colour, double width) {
        const QRectF box = m_graph.nodes.at(index).box;
        const QRectF onScreen(toWidget(box.topLeft()), toWidget(box.bottomRight()));
        painter.setPen(QPen(colour, width));
        painter.drawRoundedRect(onScreen.adjusted(-3, -3, 3, 3), 5, 5);
    };
    for (int i = 0; i < m_graph.nodes.size(); ++i) {
        const GraphNodeInfo &node = m_graph.nodes.at(i);
        if (node.pending)
            outline(i, QColor(255, 140, 0), 3);
        else if (node.active && node.kind != GraphNodeKind::Start)
            outline(i, QColor(30, 110, 230, 160), 2);
    }
    if (m_hovered >= 0 && m_hovered < m_graph.nodes.size())
        outline(m_hovered, palette().highlight().color(), 1.5);
}

void GraphCanvas::resizeEvent(QResizeEvent * /*event*/)
{
    if (m_mode == ViewMode::Follow)
        follow();
    else if (m_mode == ViewMode::Fit)
        fitToView();
}

void GraphCanvas::wheelEvent(QWheelEvent *event)
{
    const double steps = event->angleDelta().y() / 120.0;
    if (steps != 0)
        zoomBy(std::pow(ZoomStep, steps), event->position());
    event->accept();
}

void GraphCanvas::mousePressEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton) {
        m_pressPosition = m_lastDrag = event->position();
        m_dragging = false;
    }
    QWidget::mousePressEvent(event);
}

void GraphCanvas::mouseMoveEvent(QMouseEvent *event)
{
    if (event->buttons() & Qt::LeftButton) {
        if (!m_dragging && (event->position() - m_pressPosition).manhattanLength() > 4)
            m_dragging = true;
        if (m_dragging) {
            setCursor(Qt::ClosedHandCursor);
            panBy(event->position() - m_lastDrag);
            m_lastDrag = event->position();
        }
        return;
    }
    const int hovered = m_graph.nodeAt(toSvg(event->position()));
    if (hovered != m_hovered) {
        m_hovered = hovered;
        setCursor(hovered >= 0 ? Qt::PointingHandCursor : Qt::ArrowCursor);
        setToolTip(hovered >= 0 ? m_graph.nodes.at(hovered).label : QString());
        update();
        Q_EMIT nodeHovered(hovered);
    }
}

void GraphCanvas::mouseReleaseEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton) {
        if (!m_dragging) {
            const int node = m_graph.nodeAt(toSvg(event->position()));
            if (node >= 0)
                Q_EMIT nodeClicked(node);
        }
        m_dragging = false;
        unsetCursor();
    }
    QWidget::mouseReleaseEvent(event);
}

void GraphCanvas::keyPressEvent(QKeyEvent *event)
{
    constexpr double Step = 60;
    switch (event->key()) {
    case Qt::Key_Left:
        panBy({Step, 0});
        break;
    case Qt::Key_Right:
        panBy({-Step, 0});
        break;
    case Qt::Key_Up:
        panBy({0, Step});
        break;
    case Qt::Key_Down:
        panBy({0, -Step});
        break;
    case Qt::Key_Escape:
        Q_EMIT leaveRequested();
        break;
    default:
        QWidget::keyPressEvent(event);
        return;
    }
    event->accept();
}

void GraphCanvas::leaveEvent(QEvent *event)
{
    if (m_hovered >= 0) {
        m_hovered = -1;
        update();
        Q_EMIT nodeHovered(-1);
    }
    QWidget::leaveEvent(event);
}

} // namespace Coach
