# Generated from ui/allowances_section.ui by tools/build_ui.py (pyside6-uic). Do not edit: edit the .ui file
# in Qt Designer and run `python tools/build_ui.py`.
# source-sha256: 327db03935979ab665485ff076194e05fee61002c8cb917449ea2680947d1fe7
# uic: uic 6.11.3
# output-sha256: 6c2965fee0692f43882ea6eadcdb456f789c32132777a3fc2cd3e8eeb1e2d18a
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'allowances_section.ui'
##
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QComboBox, QHBoxLayout,
    QHeaderView, QLabel, QPushButton, QSizePolicy,
    QSpacerItem, QSpinBox, QTableView, QVBoxLayout,
    QWidget)

class Ui_AllowancesSection(object):
    def setupUi(self, AllowancesSection):
        if not AllowancesSection.objectName():
            AllowancesSection.setObjectName(u"AllowancesSection")
        AllowancesSection.resize(1100, 640)
        self.sectionLayout = QVBoxLayout(AllowancesSection)
        self.sectionLayout.setObjectName(u"sectionLayout")
        self.titleLabel = QLabel(AllowancesSection)
        self.titleLabel.setObjectName(u"titleLabel")

        self.sectionLayout.addWidget(self.titleLabel)

        self.hintLabel = QLabel(AllowancesSection)
        self.hintLabel.setObjectName(u"hintLabel")
        self.hintLabel.setWordWrap(True)

        self.sectionLayout.addWidget(self.hintLabel)

        self.periodLayout = QHBoxLayout()
        self.periodLayout.setObjectName(u"periodLayout")
        self.monthLabel = QLabel(AllowancesSection)
        self.monthLabel.setObjectName(u"monthLabel")

        self.periodLayout.addWidget(self.monthLabel)

        self.monthCombo = QComboBox(AllowancesSection)
        self.monthCombo.setObjectName(u"monthCombo")
        self.monthCombo.setSizeAdjustPolicy(QComboBox.AdjustToContents)

        self.periodLayout.addWidget(self.monthCombo)

        self.yearLabel = QLabel(AllowancesSection)
        self.yearLabel.setObjectName(u"yearLabel")

        self.periodLayout.addWidget(self.yearLabel)

        self.yearSpin = QSpinBox(AllowancesSection)
        self.yearSpin.setObjectName(u"yearSpin")
        self.yearSpin.setMinimum(2000)
        self.yearSpin.setMaximum(2100)

        self.periodLayout.addWidget(self.yearSpin)

        self.periodSpacer = QSpacerItem(10, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.periodLayout.addItem(self.periodSpacer)

        self.previewButton = QPushButton(AllowancesSection)
        self.previewButton.setObjectName(u"previewButton")
        self.previewButton.setAutoDefault(False)

        self.periodLayout.addWidget(self.previewButton)

        self.excelButton = QPushButton(AllowancesSection)
        self.excelButton.setObjectName(u"excelButton")
        self.excelButton.setAutoDefault(False)

        self.periodLayout.addWidget(self.excelButton)


        self.sectionLayout.addLayout(self.periodLayout)

        self.summaryLabel = QLabel(AllowancesSection)
        self.summaryLabel.setObjectName(u"summaryLabel")
        self.summaryLabel.setWordWrap(True)
        self.summaryLabel.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.sectionLayout.addWidget(self.summaryLabel)

        self.allowancesView = QTableView(AllowancesSection)
        self.allowancesView.setObjectName(u"allowancesView")
        self.allowancesView.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.allowancesView.setAlternatingRowColors(True)
        self.allowancesView.setSelectionMode(QAbstractItemView.SingleSelection)
        self.allowancesView.setSelectionBehavior(QAbstractItemView.SelectRows)

        self.sectionLayout.addWidget(self.allowancesView)

        self.statusLabel = QLabel(AllowancesSection)
        self.statusLabel.setObjectName(u"statusLabel")
        self.statusLabel.setWordWrap(True)
        self.statusLabel.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.sectionLayout.addWidget(self.statusLabel)

#if QT_CONFIG(shortcut)
        self.monthLabel.setBuddy(self.monthCombo)
        self.yearLabel.setBuddy(self.yearSpin)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.monthCombo, self.yearSpin)
        QWidget.setTabOrder(self.yearSpin, self.previewButton)
        QWidget.setTabOrder(self.previewButton, self.excelButton)
        QWidget.setTabOrder(self.excelButton, self.allowancesView)

        self.retranslateUi(AllowancesSection)
    # setupUi

    def retranslateUi(self, AllowancesSection):
        self.titleLabel.setText(QCoreApplication.translate("AllowancesSection", u"Dietas de regidores", None))
        self.hintLabel.setText(QCoreApplication.translate("AllowancesSection", u"Los regidores perciben dietas solo por las sesiones a las que asisten, hasta cuatro al mes (Ley N\u00b0 27972, art. 12). Se cuentan las sesiones realizadas del mes, de cualquier tipo, con asistencia o tardanza.", None))
        self.monthLabel.setText(QCoreApplication.translate("AllowancesSection", u"&Mes:", None))
        self.yearLabel.setText(QCoreApplication.translate("AllowancesSection", u"A&\u00f1o:", None))
        self.previewButton.setText(QCoreApplication.translate("AllowancesSection", u"&Vista previa e impresi\u00f3n\u2026", None))
#if QT_CONFIG(tooltip)
        self.previewButton.setToolTip(QCoreApplication.translate("AllowancesSection", u"El reporte del mes en PDF: imprimir o guardar como PDF", None))
#endif // QT_CONFIG(tooltip)
        self.excelButton.setText(QCoreApplication.translate("AllowancesSection", u"&Exportar a Excel\u2026", None))
#if QT_CONFIG(tooltip)
        self.excelButton.setToolTip(QCoreApplication.translate("AllowancesSection", u"Guardar el reporte del mes como libro de Excel (.xlsx)", None))
#endif // QT_CONFIG(tooltip)
        self.summaryLabel.setText("")
#if QT_CONFIG(accessibility)
        self.allowancesView.setAccessibleName(QCoreApplication.translate("AllowancesSection", u"Sesiones y dietas de cada regidor", None))
#endif // QT_CONFIG(accessibility)
        self.allowancesView.setProperty(u"emptyText", QCoreApplication.translate("AllowancesSection", u"No hay sesiones asistidas en el mes elegido. Elija otro mes arriba.", None))
        self.statusLabel.setText("")
        pass
    # retranslateUi
