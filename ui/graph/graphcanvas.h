#pragma once

#include "graph/graphrenderer.h"

#include <QPixmap>
#include <QPointer>
#include <QTimer>
#include <QWidget>

class QSvgRenderer;

namespace Coach {

//! Draws a rendered story graph (SVG) with zoom and pan, and reports clicks
//! on nodes. The SVG is rasterised into a cache at the current zoom, redone
//! by a coalescing timer, so dragging and repeated wheel steps only blit.
//! Overlays mark the current conversation's path and the pending node.
class GraphCanvas final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GraphCanvas)

public:
    explicit GraphCanvas(QWidget *parent = nullptr);
    ~GraphCanvas() override;

    //! Shows a new graph; keeps the view unless nothing was shown before or
    //! the pending node would be out of sight.
    void setGraph(const RenderedGraph &graph);
    const RenderedGraph &graph() const { return m_graph; }

    double zoom() const { return m_zoom; }
    //! Zooms by `factor` keeping `anchor` (widget coordinates) in place.
    void zoomBy(double factor, const QPointF &anchor);
    void zoomIn();
    void zoomOut();
    void fitToView();
    void panBy(const QPointF &delta);
    //! Widget point <-> SVG point.
    QPointF toSvg(const QPointF &widgetPoint) const;
    QPointF toWidget(const QPointF &svgPoint) const;
    //! Centres the view on a node (index into graph().nodes).
    void centerOn(int node);

    // Small enough not to widen the dock area it shares with slots and
    // event details; the user drags it wider.
    QSize sizeHint() const override { return {240, 300}; }

signals:
    void nodeClicked(int node);
    void nodeHovered(int node); //!< -1 when leaving nodes
    void zoomChanged(double zoom);

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void leaveEvent(QEvent *event) override;

private:
    void scheduleCache();
    void rebuildCache();
    void drawOverlays(QPainter &painter) const;
    bool pendingInView() const;
    int pendingNode() const;

    RenderedGraph m_graph;
    QSvgRenderer *m_renderer = nullptr;
    QPixmap m_cache;
    double m_cacheZoom = 0;
    double m_zoom = 1.0;
    QPointF m_origin; // widget position of the SVG's (0, 0)
    QPointF m_cacheOrigin; // SVG point at the cache's top left
    bool m_viewTouched = false; // the user zoomed or panned
    QTimer m_cacheTimer;
    QPointF m_pressPosition;
    QPointF m_lastDrag;
    bool m_dragging = false;
    int m_hovered = -1;
};

} // namespace Coach
