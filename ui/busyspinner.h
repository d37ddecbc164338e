#pragma once

#include <QWidget>

class QTimer;

namespace Coach {

//! A small rotating arc shown while requests are in flight. Uses the
//! palette's highlight colour, so it fits light and dark themes.
class BusySpinner final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BusySpinner)

public:
    explicit BusySpinner(QWidget *parent = nullptr);

    void setBusy(bool busy);
    bool isBusy() const;
    QSize sizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    QTimer *m_timer = nullptr;
    int m_angle = 0;
};

} // namespace Coach
