# Generated from ui/dashboard_section.ui by tools/build_ui.py (pyside6-uic). Do not edit: edit the .ui file
# in Qt Designer and run `python tools/build_ui.py`.
# source-sha256: 14b4f91a24072e217353f52dc04f4585bacafd39852ee40211779e68e8ccf2dc
# uic: uic 6.11.3
# output-sha256: cc05b6bbe42e6d7c836d40eb8cf2144ecd72da2775bfc13c2f9c6d4f6f429d1f
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'dashboard_section.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QComboBox, QGridLayout,
    QGroupBox, QHBoxLayout, QHeaderView, QLabel,
    QPushButton, QSizePolicy, QSpacerItem, QSpinBox,
    QTabWidget, QTableView, QVBoxLayout, QWidget)

class Ui_DashboardSection(object):
    def setupUi(self, DashboardSection):
        if not DashboardSection.objectName():
            DashboardSection.setObjectName(u"DashboardSection")
        DashboardSection.resize(1100, 620)
        self.sectionLayout = QVBoxLayout(DashboardSection)
        self.sectionLayout.setObjectName(u"sectionLayout")
        self.titleLabel = QLabel(DashboardSection)
        self.titleLabel.setObjectName(u"titleLabel")

        self.sectionLayout.addWidget(self.titleLabel)

        self.filterLayout = QHBoxLayout()
        self.filterLayout.setObjectName(u"filterLayout")
        self.periodLabel = QLabel(DashboardSection)
        self.periodLabel.setObjectName(u"periodLabel")

        self.filterLayout.addWidget(self.periodLabel)

        self.periodCombo = QComboBox(DashboardSection)
        self.periodCombo.setObjectName(u"periodCombo")

        self.filterLayout.addWidget(self.periodCombo)

        self.monthLabel = QLabel(DashboardSection)
        self.monthLabel.setObjectName(u"monthLabel")

        self.filterLayout.addWidget(self.monthLabel)

        self.monthCombo = QComboBox(DashboardSection)
        self.monthCombo.setObjectName(u"monthCombo")

        self.filterLayout.addWidget(self.monthCombo)

        self.yearLabel = QLabel(DashboardSection)
        self.yearLabel.setObjectName(u"yearLabel")

        self.filterLayout.addWidget(self.yearLabel)

        self.yearSpin = QSpinBox(DashboardSection)
        self.yearSpin.setObjectName(u"yearSpin")
        self.yearSpin.setMinimum(2000)
        self.yearSpin.setMaximum(2100)

        self.filterLayout.addWidget(self.yearSpin)

        self.unitLabel = QLabel(DashboardSection)
        self.unitLabel.setObjectName(u"unitLabel")

        self.filterLayout.addWidget(self.unitLabel)

        self.unitCombo = QComboBox(DashboardSection)
        self.unitCombo.setObjectName(u"unitCombo")
        self.unitCombo.setMinimumContentsLength(26)
        self.unitCombo.setSizeAdjustPolicy(QComboBox.AdjustToMinimumContentsLengthWithIcon)

        self.filterLayout.addWidget(self.unitCombo)

        self.printButton = QPushButton(DashboardSection)
        self.printButton.setObjectName(u"printButton")

        self.filterLayout.addWidget(self.printButton)

        self.filterSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.filterLayout.addItem(self.filterSpacer)


        self.sectionLayout.addLayout(self.filterLayout)

        self.figuresGroup = QGroupBox(DashboardSection)
        self.figuresGroup.setObjectName(u"figuresGroup")
        self.figuresGrid = QGridLayout(self.figuresGroup)
        self.figuresGrid.setObjectName(u"figuresGrid")

        self.sectionLayout.addWidget(self.figuresGroup)

        self.lowerTabs = QTabWidget(DashboardSection)
        self.lowerTabs.setObjectName(u"lowerTabs")
        self.chartsTab = QWidget()
        self.chartsTab.setObjectName(u"chartsTab")
        self.chartsLayout = QHBoxLayout(self.chartsTab)
        self.chartsLayout.setObjectName(u"chartsLayout")
        self.lowerTabs.addTab(self.chartsTab, "")
        self.unitsTab = QWidget()
        self.unitsTab.setObjectName(u"unitsTab")
        self.unitsLayout = QVBoxLayout(self.unitsTab)
        self.unitsLayout.setObjectName(u"unitsLayout")
        self.unitsView = QTableView(self.unitsTab)
        self.unitsView.setObjectName(u"unitsView")
        self.unitsView.setSelectionBehavior(QAbstractItemView.SelectItems)
        self.unitsView.setSelectionMode(QAbstractItemView.SingleSelection)
        self.unitsView.setAlternatingRowColors(True)
        self.unitsView.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.unitsView.setWordWrap(False)

        self.unitsLayout.addWidget(self.unitsView)

        self.lowerTabs.addTab(self.unitsTab, "")

        self.sectionLayout.addWidget(self.lowerTabs)

        self.statusLabel = QLabel(DashboardSection)
        self.statusLabel.setObjectName(u"statusLabel")
        self.statusLabel.setWordWrap(True)

        self.sectionLayout.addWidget(self.statusLabel)

        self.sectionLayout.setStretch(3, 1)
#if QT_CONFIG(shortcut)
        self.periodLabel.setBuddy(self.periodCombo)
        self.monthLabel.setBuddy(self.monthCombo)
        self.yearLabel.setBuddy(self.yearSpin)
        self.unitLabel.setBuddy(self.unitCombo)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.periodCombo, self.monthCombo)
        QWidget.setTabOrder(self.monthCombo, self.yearSpin)
        QWidget.setTabOrder(self.yearSpin, self.unitCombo)
        QWidget.setTabOrder(self.unitCombo, self.printButton)
        QWidget.setTabOrder(self.printButton, self.lowerTabs)
        QWidget.setTabOrder(self.lowerTabs, self.unitsView)

        self.retranslateUi(DashboardSection)
    # setupUi

    def retranslateUi(self, DashboardSection):
        self.titleLabel.setText(QCoreApplication.translate("DashboardSection", u"Tablero de gesti\u00f3n", None))
        self.periodLabel.setText(QCoreApplication.translate("DashboardSection", u"&Periodo:", None))
        self.monthLabel.setText(QCoreApplication.translate("DashboardSection", u"&Mes:", None))
        self.yearLabel.setText(QCoreApplication.translate("DashboardSection", u"A\u00f1&o:", None))
        self.unitLabel.setText(QCoreApplication.translate("DashboardSection", u"&Unidad:", None))
        self.printButton.setText(QCoreApplication.translate("DashboardSection", u"&Imprimir (PDF)\u2026", None))
        self.figuresGroup.setTitle(QCoreApplication.translate("DashboardSection", u"Cifras (pulse una para ver la lista)", None))
        self.lowerTabs.setTabText(self.lowerTabs.indexOf(self.chartsTab), QCoreApplication.translate("DashboardSection", u"&Gr\u00e1ficos", None))
#if QT_CONFIG(accessibility)
        self.unitsView.setAccessibleName(QCoreApplication.translate("DashboardSection", u"Cifras por unidad", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.unitsView.setToolTip(QCoreApplication.translate("DashboardSection", u"Pulse una cifra (o Intro) para abrir la lista que la explica.", None))
#endif // QT_CONFIG(tooltip)
        self.lowerTabs.setTabText(self.lowerTabs.indexOf(self.unitsTab), QCoreApplication.translate("DashboardSection", u"Por u&nidad", None))
        self.statusLabel.setText("")
        pass
    # retranslateUi
