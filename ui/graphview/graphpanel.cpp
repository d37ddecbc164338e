#include "graphpanel.h"

#include "filedialog.h"
#include "graphcanvas.h"

#include "graph/graphexport.h"
#include "graph/graphservice.h"

#include <QAction>
#include <QBuffer>
#include <QCoreApplication>
#include <QHBoxLayout>
#include <QImage>
#include <QLabel>
#include <QMenu>
#include <QPainter>
#include <QSaveFile>
#include <QSvgRenderer>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Coach {

namespace {

Result<QByteArray> renderPng(const RenderedGraph &graph)
{
    // Twice the SVG size for sharp text, within what an image can hold.
    QSvgRenderer renderer(graph.svg);
    if (!renderer.isValid())
        return makeError(QCoreApplication::translate("Coach::GraphPanel", "The graph is empty."));
    const double scale = std::min(2.0, 16000.0 / std::max(graph.size.width(), graph.size.height()));
    QImage image((graph.size * scale).toSize().expandedTo(QSize(1, 1)), QImage::Format_ARGB32);
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    renderer.render(&painter);
    painter.end();
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    if (!image.save(&buffer, "PNG"))
        return makeError(
            QCoreApplication::translate("Coach::GraphPanel", "Could not encode the image."));
    return bytes;
}

} // namespace

GraphPanel::GraphPanel(QWidget *parent)
    : QWidget(parent), m_canvas(new GraphCanvas(this)), m_status(new QLabel(this))
{
    setAccessibleName(tr("Story graph panel"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addLayout(createToolBar());
    layout->addWidget(m_canvas, 1);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_status->setContentsMargins(6, 2, 6, 2);
    m_status->setWordWrap(true);
    m_status->setAccessibleName(tr("Graph status"));
    m_status->setText(tr("No graph yet."));
    layout->addWidget(m_status);
    m_coalesce.setSingleShot(true);
    m_coalesce.setInterval(16); // one frame: only the newest of a burst is drawn
    connect(&m_coalesce, &QTimer::timeout, this, &GraphPanel::applyPendingResult);
    connect(m_canvas, &GraphCanvas::nodeClicked, this, &GraphPanel::onNodeClicked);
}

GraphPanel::~GraphPanel() = default;

QHBoxLayout *GraphPanel::createToolBar()
{
    auto *bar = new QHBoxLayout;
    bar->setContentsMargins(4, 2, 4, 0);
    const auto addButton = [this, bar](const QString &text, const QString &tip,
                                       const QKeySequence &shortcut, auto slot) {
        auto *action = new QAction(text, this);
        action->setToolTip(u"%1 (%2)"_s.arg(tip, shortcut.toString(QKeySequence::NativeText)));
        action->setShortcut(shortcut);
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        connect(action, &QAction::triggered, m_canvas, slot);
        addAction(action);
        auto *button = new QToolButton(this);
        button->setDefaultAction(action);
        button->setAccessibleName(tip);
        bar->addWidget(button);
        return action;
    };
    QAction *zoomIn = addButton(tr("Zoom in"), tr("Zoom in"),
                                QKeySequence(Qt::CTRL | Qt::Key_Equal), &GraphCanvas::zoomIn);
    // Ctrl++ too, on keyboards where + needs no Shift (one action: one row in
    // the shortcut list).
    zoomIn->setShortcuts(
        {QKeySequence(Qt::CTRL | Qt::Key_Equal), QKeySequence(Qt::CTRL | Qt::Key_Plus)});
    addButton(tr("Zoom out"), tr("Zoom out"), QKeySequence(Qt::CTRL | Qt::Key_Minus),
              &GraphCanvas::zoomOut);
    addButton(tr("Fit"), tr("Fit the graph to the panel"), QKeySequence(Qt::CTRL | Qt::Key_0),
              &GraphCanvas::fitToView);
    QAction *follow = addButton(tr("Follow"), tr("Follow the conversation at a readable size"),
                                QKeySequence(tr("Ctrl+L")), &GraphCanvas::setFollowing);
    follow->setCheckable(true);
    follow->setChecked(m_canvas->isFollowing());
    connect(m_canvas, &GraphCanvas::followingChanged, follow, &QAction::setChecked);
    m_zoomLabel = new QLabel(this);
    m_zoomLabel->setAccessibleName(tr("Zoom level"));
    m_zoomLabel->setMinimumWidth(m_zoomLabel->fontMetrics().horizontalAdvance(u"0000 %"_s));
    connect(m_canvas, &GraphCanvas::zoomChanged, m_zoomLabel,
            [this](double zoom) { m_zoomLabel->setText(tr("%L1 %").arg(qRound(zoom * 100))); });
    bar->addWidget(m_zoomLabel);
    bar->addStretch(1);
    m_exportButton = new QToolButton(this);
    m_exportButton->setText(tr("Export"));
    m_exportButton->setAccessibleName(tr("Export the graph"));
    m_exportButton->setPopupMode(QToolButton::InstantPopup);
    auto *menu = new QMenu(m_exportButton);
    const auto addExport = [this, menu](const QString &text, ExportFormat format) {
        QAction *action = menu->addAction(text);
        connect(action, &QAction::triggered, this, [this, format] { exportGraph(format); });
    };
    addExport(tr("As SVG…"), ExportFormat::Svg);
    addExport(tr("As PNG image…"), ExportFormat::Png);
    addExport(tr("As Graphviz DOT…"), ExportFormat::Dot);
    m_exportButton->setMenu(menu);
    m_exportButton->setEnabled(false);
    bar->addWidget(m_exportButton);
    return bar;
}

void GraphPanel::attach(GraphService *service)
{
    connect(service, &GraphService::graphReady, this, &GraphPanel::setGraph);
    connect(service, &GraphService::graphStarted, this,
            [this](quint64, const QString &status) { showProgress(status); });
}

void GraphPanel::setGraph(const GraphResult &result)
{
    m_pending = result;
    if (!m_coalesce.isActive())
        m_coalesce.start();
}

void GraphPanel::applyPendingResult()
{
    if (!m_pending)
        return;
    const GraphResult result = std::move(*m_pending);
    m_pending.reset();
    m_canvas->setGraph(result.rendered);
    m_resultStatus = result.status;
    m_warnings = result.warnings;
    m_progress.clear();
    m_exportButton->setEnabled(!result.rendered.svg.isEmpty());
    updateStatus();
}

void GraphPanel::showProgress(const QString &status)
{
    m_progress = status;
    updateStatus();
}

void GraphPanel::updateStatus()
{
    QString text = m_progress.isEmpty() ? m_resultStatus : m_progress;
    if (!m_warnings.isEmpty())
        text += u" — "_s + m_warnings.first();
    m_status->setText(text);
    m_status->setToolTip(m_warnings.join(u'\n'));
}

QString GraphPanel::statusText() const
{
    return m_status->text();
}

const RenderedGraph &GraphPanel::graph() const
{
    return m_canvas->graph();
}

void GraphPanel::onNodeClicked(int index)
{
    const GraphNodeInfo &node = graph().nodes.at(index);
    if (node.kind == GraphNodeKind::Intent && node.conversation >= 0 && node.eventIndex >= 0)
        Q_EMIT forkRequested(node.conversation, node.eventIndex);
}

bool GraphPanel::exportGraph(ExportFormat format)
{
    struct Kind
    {
        QString caption, filter, suffix;
    };
    const Kind kind = format == ExportFormat::Svg
        ? Kind{tr("Export the graph as SVG"), tr("SVG images (*.svg)"), u"svg"_s}
        : format == ExportFormat::Png
        ? Kind{tr("Export the graph as PNG"), tr("PNG images (*.png)"), u"png"_s}
        : Kind{tr("Export the graph as DOT"), tr("Graphviz files (*.dot *.gv)"), u"dot"_s};
    const QString fileName = FileDialog::saveFileName(
        this, kind.caption, u"story_graph.%1"_s.arg(kind.suffix), kind.filter, kind.suffix);
    if (fileName.isEmpty())
        return false;
    const Status written = writeGraph(graph(), format, fileName);
    if (!written) {
        Q_EMIT exportFailed(written.error().toString());
        return false;
    }
    Q_EMIT exported(fileName);
    return true;
}

Status GraphPanel::writeGraph(const RenderedGraph &graph, ExportFormat format,
                              const QString &fileName)
{
    if (graph.svg.isEmpty() || !graph.graph)
        return makeError(tr("There is no graph to export yet."), fileName);
    Result<QByteArray> bytes = graph.svg;
    if (format == ExportFormat::Png)
        bytes = renderPng(graph);
    else if (format == ExportFormat::Dot)
        bytes = GraphExport::toDot(*graph.graph);
    if (!bytes)
        return makeError(bytes.error().message, fileName);
    QSaveFile file(fileName);
    if (!file.open(QIODevice::WriteOnly) || file.write(*bytes) != bytes->size() || !file.commit())
        return makeError(file.errorString(), fileName);
    return {};
}

} // namespace Coach
