#include "busyspinner.h"

#include <QPainter>
#include <QTimer>

namespace Coach {

BusySpinner::BusySpinner(QWidget *parent) : QWidget(parent), m_timer(new QTimer(this))
{
    m_timer->setInterval(60);
    connect(m_timer, &QTimer::timeout, this, [this] {
        m_angle = (m_angle + 30) % 360;
        update();
    });
    setAccessibleName(tr("Request in progress"));
}

void BusySpinner::setBusy(bool busy)
{
    if (busy == isBusy())
        return;
    if (busy)
        m_timer->start();
    else
        m_timer->stop();
    update();
}

bool BusySpinner::isBusy() const
{
    return m_timer->isActive();
}

QSize BusySpinner::sizeHint() const
{
    const int side = fontMetrics().height();
    return {side, side};
}

void BusySpinner::paintEvent(QPaintEvent * /*event*/)
{
    if (!isBusy())
        return;
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const int side = std::min(width(), height()) - 4;
    const QRectF box((width() - side) / 2.0, (height() - side) / 2.0, side, side);
    QPen pen(palette().color(QPalette::Highlight), std::max(2.0, side / 7.0));
    pen.setCapStyle(Qt::RoundCap);
    painter.setPen(pen);
    painter.drawArc(box, -m_angle * 16, 270 * 16);
}

} // namespace Coach
