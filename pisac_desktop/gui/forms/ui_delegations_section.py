# Generated from ui/delegations_section.ui by tools/build_ui.py (pyside6-uic). Do not edit: edit the .ui file
# in Qt Designer and run `python tools/build_ui.py`.
# source-sha256: 45deffe4610b01a2ca755ba5a48a1123f16424ea72d70f4827a6926035e151e8
# uic: uic 6.11.3
# output-sha256: a7d22c4985b1a627182b899c46553e8449995562e421c7bae34e7124663f1636
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'delegations_section.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QCheckBox, QGroupBox,
    QHBoxLayout, QHeaderView, QLabel, QPushButton,
    QSizePolicy, QSpacerItem, QSplitter, QTableView,
    QTextBrowser, QVBoxLayout, QWidget)

class Ui_DelegationsSection(object):
    def setupUi(self, DelegationsSection):
        if not DelegationsSection.objectName():
            DelegationsSection.setObjectName(u"DelegationsSection")
        DelegationsSection.resize(1100, 650)
        self.sectionLayout = QVBoxLayout(DelegationsSection)
        self.sectionLayout.setObjectName(u"sectionLayout")
        self.titleLabel = QLabel(DelegationsSection)
        self.titleLabel.setObjectName(u"titleLabel")

        self.sectionLayout.addWidget(self.titleLabel)

        self.descriptionLabel = QLabel(DelegationsSection)
        self.descriptionLabel.setObjectName(u"descriptionLabel")
        self.descriptionLabel.setWordWrap(True)

        self.sectionLayout.addWidget(self.descriptionLabel)

        self.filterLayout = QHBoxLayout()
        self.filterLayout.setObjectName(u"filterLayout")
        self.standingCheck = QCheckBox(DelegationsSection)
        self.standingCheck.setObjectName(u"standingCheck")

        self.filterLayout.addWidget(self.standingCheck)

        self.filterSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.filterLayout.addItem(self.filterSpacer)


        self.sectionLayout.addLayout(self.filterLayout)

        self.delegationsGroup = QGroupBox(DelegationsSection)
        self.delegationsGroup.setObjectName(u"delegationsGroup")
        self.delegationsLayout = QVBoxLayout(self.delegationsGroup)
        self.delegationsLayout.setObjectName(u"delegationsLayout")
        self.delegationsButtons = QHBoxLayout()
        self.delegationsButtons.setObjectName(u"delegationsButtons")
        self.newButton = QPushButton(self.delegationsGroup)
        self.newButton.setObjectName(u"newButton")

        self.delegationsButtons.addWidget(self.newButton)

        self.endButton = QPushButton(self.delegationsGroup)
        self.endButton.setObjectName(u"endButton")

        self.delegationsButtons.addWidget(self.endButton)

        self.delegationsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.delegationsButtons.addItem(self.delegationsSpacer)


        self.delegationsLayout.addLayout(self.delegationsButtons)

        self.delegationsSplitter = QSplitter(self.delegationsGroup)
        self.delegationsSplitter.setObjectName(u"delegationsSplitter")
        self.delegationsSplitter.setOrientation(Qt.Horizontal)
        self.delegationsSplitter.setChildrenCollapsible(False)
        self.delegationsView = QTableView(self.delegationsSplitter)
        self.delegationsView.setObjectName(u"delegationsView")
        self.delegationsView.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.delegationsView.setSelectionMode(QAbstractItemView.SingleSelection)
        self.delegationsView.setAlternatingRowColors(True)
        self.delegationsView.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.delegationsView.setWordWrap(False)
        self.delegationsSplitter.addWidget(self.delegationsView)
        self.delegationsBrowser = QTextBrowser(self.delegationsSplitter)
        self.delegationsBrowser.setObjectName(u"delegationsBrowser")
        self.delegationsBrowser.setOpenLinks(False)
        self.delegationsSplitter.addWidget(self.delegationsBrowser)

        self.delegationsLayout.addWidget(self.delegationsSplitter)

        self.delegationsLayout.setStretch(1, 1)

        self.sectionLayout.addWidget(self.delegationsGroup)

        self.statusLabel = QLabel(DelegationsSection)
        self.statusLabel.setObjectName(u"statusLabel")
        self.statusLabel.setWordWrap(True)

        self.sectionLayout.addWidget(self.statusLabel)

        self.sectionLayout.setStretch(3, 1)
        QWidget.setTabOrder(self.standingCheck, self.newButton)
        QWidget.setTabOrder(self.newButton, self.endButton)
        QWidget.setTabOrder(self.endButton, self.delegationsView)
        QWidget.setTabOrder(self.delegationsView, self.delegationsBrowser)

        self.retranslateUi(DelegationsSection)
    # setupUi

    def retranslateUi(self, DelegationsSection):
        self.titleLabel.setText(QCoreApplication.translate("DelegationsSection", u"Delegaciones", None))
        self.descriptionLabel.setText(QCoreApplication.translate("DelegationsSection", u"Las facultades que el alcalde deleg\u00f3 por resoluci\u00f3n de alcald\u00eda en la Gerencia Municipal u otras unidades (Ley 27972, art. 20 num. 20): qu\u00e9 facultades, desde y hasta cu\u00e1ndo, y si fueron revocadas. Las resoluciones de gerencia eligen de aqu\u00ed su base legal, y el sistema no acepta una delegaci\u00f3n que no reg\u00eda en su fecha.", None))
        self.standingCheck.setText(QCoreApplication.translate("DelegationsSection", u"Solo las &vigentes", None))
        self.delegationsGroup.setTitle("")
        self.newButton.setText(QCoreApplication.translate("DelegationsSection", u"&Registrar delegaci\u00f3n\u2026", None))
        self.endButton.setText(QCoreApplication.translate("DelegationsSection", u"&Terminar\u2026", None))
#if QT_CONFIG(accessibility)
        self.delegationsView.setAccessibleName(QCoreApplication.translate("DelegationsSection", u"Delegaciones", None))
#endif // QT_CONFIG(accessibility)
        self.delegationsView.setProperty(u"emptyText", QCoreApplication.translate("DelegationsSection", u"A\u00fan no hay delegaciones registradas. Registre la resoluci\u00f3n de alcald\u00eda que delega con \u00abRegistrar delegaci\u00f3n\u2026\u00bb (Ctrl+N).", None))
        self.statusLabel.setText("")
        pass
    # retranslateUi
