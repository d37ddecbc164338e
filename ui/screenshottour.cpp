#include "screenshottour.h"

#include "actionpanel.h"
#include "annotationpanel.h"
#include "choicelist.h"
#include "conversationmodel.h"
#include "graphview/graphcontroller.h"
#include "graphview/graphpanel.h"
#include "mainwindow.h"
#include "messageinput.h"
#include "promptarea.h"

#include "graph/graphservice.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QDockWidget>
#include <QKeyEvent>
#include <QLineEdit>
#include <QPalette>
#include <QStyleFactory>
#include <QTableView>
#include <QTimer>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace Coach {

namespace {
constexpr int TickMs = 100;
constexpr int MaxTicks = 600; // one minute

QPalette darkPalette()
{
    QPalette p;
    p.setColor(QPalette::Window, QColor(45, 45, 48));
    p.setColor(QPalette::WindowText, QColor(230, 230, 230));
    p.setColor(QPalette::Base, QColor(30, 30, 32));
    p.setColor(QPalette::AlternateBase, QColor(40, 40, 44));
    p.setColor(QPalette::Text, QColor(230, 230, 230));
    p.setColor(QPalette::Button, QColor(55, 55, 58));
    p.setColor(QPalette::ButtonText, QColor(230, 230, 230));
    p.setColor(QPalette::Highlight, QColor(42, 130, 218));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::ToolTipBase, QColor(55, 55, 58));
    p.setColor(QPalette::ToolTipText, QColor(230, 230, 230));
    p.setColor(QPalette::PlaceholderText, QColor(150, 150, 150));
    p.setColor(QPalette::Link, QColor(100, 170, 255));
    return p;
}
} // namespace

ScreenshotTour::ScreenshotTour(MainWindow *window, const QString &folder, QObject *parent)
    : QObject(parent), m_window(window), m_folder(folder), m_timer(new QTimer(this))
{
    m_timer->setInterval(TickMs);
    connect(m_timer, &QTimer::timeout, this, &ScreenshotTour::tick);
}

void ScreenshotTour::start()
{
    QDir().mkpath(m_folder);
    buildSteps();
    m_timer->start();
}

bool ScreenshotTour::pageIs(int page) const
{
    return static_cast<int>(m_window->promptArea()->page()) == page;
}

void ScreenshotTour::pressKey(QObject *target, int key)
{
    QKeyEvent press(QEvent::KeyPress, key, Qt::NoModifier);
    QKeyEvent release(QEvent::KeyRelease, key, Qt::NoModifier);
    QCoreApplication::sendEvent(target, &press);
    QCoreApplication::sendEvent(target, &release);
}

void ScreenshotTour::typeMessage(const QString &text)
{
    MessageInput *input = m_window->promptArea()->messageInput();
    input->setText(text);
    pressKey(input, Qt::Key_Return);
}

bool ScreenshotTour::confirmUntilListening()
{
    if (pageIs(int(PromptArea::Page::Message)))
        return true;
    if (pageIs(int(PromptArea::Page::Action)))
        pressKey(m_window->promptArea()->actionPanel()->choiceList()->filterEdit(), Qt::Key_Return);
    return false;
}

void ScreenshotTour::save(const QString &name, QWidget *widget)
{
    const QString path = QDir(m_folder).filePath(name);
    const bool ok = widget->grab().save(path);
    std::printf("%s %s\n", ok ? "wrote" : "FAILED", qPrintable(path));
}

bool ScreenshotTour::showGraph()
{
    m_window->action(MainWindow::ActionId::ToggleGraph)->trigger();
    m_window->resizeDocks({m_window->graphDock()}, {m_window->width() * 11 / 20}, Qt::Horizontal);
    return true;
}

bool ScreenshotTour::graphReady() const
{
    const GraphController *controller = m_window->graphController();
    return !m_window->graphPanel()->graph().nodes.isEmpty() && !controller->isDirty()
        && !controller->service()->isBusy();
}

void ScreenshotTour::buildSteps()
{
    using Page = PromptArea::Page;
    auto on = [this](Page page) { return [this, page] { return pageIs(int(page)); }; };
    auto always = [] { return true; };
    PromptArea *prompt = m_window->promptArea();
    m_steps = {
        {on(Page::Message),
         [this] {
             typeMessage(u"hello"_s);
             return true;
         }},
        {on(Page::Annotation),
         [this, prompt] {
             pressKey(prompt->annotationPanel()->intentList()->filterEdit(), Qt::Key_Return);
             return true;
         }},
        {always, [this] { return confirmUntilListening(); }},
        {on(Page::Message),
         [this] {
             typeMessage(u"I am feeling sad today"_s);
             return true;
         }},
        {on(Page::Annotation),
         [prompt] {
             AnnotationPanel *panel = prompt->annotationPanel();
             panel->markEntity(13, 16, u"mood"_s);
             panel->intentList()->setFilterText(u"mood"_s);
             return true;
         }},
        {always,
         [this, prompt] {
             save(u"annotation.png"_s, m_window);
             Q_UNUSED(prompt)
             return true;
         }},
        {always,
         [this, prompt] {
             prompt->annotationPanel()->intentList()->setFilterText(u"mood_unhappy"_s);
             pressKey(prompt->annotationPanel()->intentList()->filterEdit(), Qt::Key_Return);
             return true;
         }},
        {on(Page::Action),
         [this] {
             save(u"action.png"_s, m_window);
             return true;
         }},
        {always, [this] { return confirmUntilListening(); }},
        {on(Page::Message),
         [this] {
             ConversationModel *model = m_window->conversationModel();
             m_window->historyView()->selectRow(std::max(model->lastUserRow(), 0));
             return true;
         }},
        {always,
         [this] {
             save(u"main.png"_s, m_window);
             return true;
         }},
        {always, [this] { return showGraph(); }},
        {[this] { return graphReady(); },
         [this] {
             save(u"graph.png"_s, m_window->graphDock());
             m_window->findChild<QDockWidget *>(u"DetailsDock"_s)->raise();
             return true;
         }},
        {always,
         [] {
             QApplication::setStyle(QStyleFactory::create(u"Fusion"_s));
             QApplication::setPalette(darkPalette());
             return true;
         }},
        {always,
         [this] {
             save(u"main-dark.png"_s, m_window);
             return true;
         }},
        {always,
         [this] {
             if (!m_sessionFile.isEmpty())
                 std::printf("%s %s\n", m_window->saveAs(m_sessionFile) ? "wrote" : "FAILED",
                             qPrintable(m_sessionFile));
             return true;
         }},
    };
}

void ScreenshotTour::tick()
{
    if (++m_ticks > MaxTicks) {
        std::fprintf(stderr, "screenshot tour: stuck at %lld steps before the end\n",
                     static_cast<long long>(m_steps.size()));
        QApplication::exit(1);
        return;
    }
    if (m_steps.isEmpty()) {
        m_timer->stop();
        QApplication::exit(0);
        return;
    }
    Step &step = m_steps.first();
    if (step.ready() && step.run())
        m_steps.removeFirst();
}

} // namespace Coach
