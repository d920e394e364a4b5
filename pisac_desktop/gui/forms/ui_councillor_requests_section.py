# Generated from ui/councillor_requests_section.ui by tools/build_ui.py (pyside6-uic). Do not edit: edit the .ui file
# in Qt Designer and run `python tools/build_ui.py`.
# source-sha256: 851db4f08b9364095069af91f7a75ba2eae720231efba3cfb0d279b83e5fb30d
# uic: uic 6.11.3
# output-sha256: d62c10d772cf48703bdf40d5bf80876b5a0eb9a0df60aaf949b30752f62117f8
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'councillor_requests_section.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QCheckBox, QComboBox,
    QGroupBox, QHBoxLayout, QHeaderView, QLabel,
    QPushButton, QSizePolicy, QSpacerItem, QSplitter,
    QTableView, QTextBrowser, QVBoxLayout, QWidget)

class Ui_CouncillorRequestsSection(object):
    def setupUi(self, CouncillorRequestsSection):
        if not CouncillorRequestsSection.objectName():
            CouncillorRequestsSection.setObjectName(u"CouncillorRequestsSection")
        CouncillorRequestsSection.resize(1100, 650)
        self.sectionLayout = QVBoxLayout(CouncillorRequestsSection)
        self.sectionLayout.setObjectName(u"sectionLayout")
        self.titleLabel = QLabel(CouncillorRequestsSection)
        self.titleLabel.setObjectName(u"titleLabel")

        self.sectionLayout.addWidget(self.titleLabel)

        self.descriptionLabel = QLabel(CouncillorRequestsSection)
        self.descriptionLabel.setObjectName(u"descriptionLabel")
        self.descriptionLabel.setWordWrap(True)

        self.sectionLayout.addWidget(self.descriptionLabel)

        self.filterLayout = QHBoxLayout()
        self.filterLayout.setObjectName(u"filterLayout")
        self.memberLabel = QLabel(CouncillorRequestsSection)
        self.memberLabel.setObjectName(u"memberLabel")

        self.filterLayout.addWidget(self.memberLabel)

        self.memberCombo = QComboBox(CouncillorRequestsSection)
        self.memberCombo.setObjectName(u"memberCombo")
        self.memberCombo.setMinimumContentsLength(24)

        self.filterLayout.addWidget(self.memberCombo)

        self.pendingCheck = QCheckBox(CouncillorRequestsSection)
        self.pendingCheck.setObjectName(u"pendingCheck")

        self.filterLayout.addWidget(self.pendingCheck)

        self.filterSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.filterLayout.addItem(self.filterSpacer)


        self.sectionLayout.addLayout(self.filterLayout)

        self.requestsGroup = QGroupBox(CouncillorRequestsSection)
        self.requestsGroup.setObjectName(u"requestsGroup")
        self.requestsLayout = QVBoxLayout(self.requestsGroup)
        self.requestsLayout.setObjectName(u"requestsLayout")
        self.requestsButtons = QHBoxLayout()
        self.requestsButtons.setObjectName(u"requestsButtons")
        self.requestsNewButton = QPushButton(self.requestsGroup)
        self.requestsNewButton.setObjectName(u"requestsNewButton")

        self.requestsButtons.addWidget(self.requestsNewButton)

        self.requestsReceiveButton = QPushButton(self.requestsGroup)
        self.requestsReceiveButton.setObjectName(u"requestsReceiveButton")

        self.requestsButtons.addWidget(self.requestsReceiveButton)

        self.requestsDeliverButton = QPushButton(self.requestsGroup)
        self.requestsDeliverButton.setObjectName(u"requestsDeliverButton")

        self.requestsButtons.addWidget(self.requestsDeliverButton)

        self.requestsPendingListButton = QPushButton(self.requestsGroup)
        self.requestsPendingListButton.setObjectName(u"requestsPendingListButton")

        self.requestsButtons.addWidget(self.requestsPendingListButton)

        self.requestsRegisterButton = QPushButton(self.requestsGroup)
        self.requestsRegisterButton.setObjectName(u"requestsRegisterButton")

        self.requestsButtons.addWidget(self.requestsRegisterButton)

        self.requestsExcelButton = QPushButton(self.requestsGroup)
        self.requestsExcelButton.setObjectName(u"requestsExcelButton")

        self.requestsButtons.addWidget(self.requestsExcelButton)

        self.requestsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.requestsButtons.addItem(self.requestsSpacer)


        self.requestsLayout.addLayout(self.requestsButtons)

        self.requestsSplitter = QSplitter(self.requestsGroup)
        self.requestsSplitter.setObjectName(u"requestsSplitter")
        self.requestsSplitter.setOrientation(Qt.Horizontal)
        self.requestsSplitter.setChildrenCollapsible(False)
        self.requestsView = QTableView(self.requestsSplitter)
        self.requestsView.setObjectName(u"requestsView")
        self.requestsView.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.requestsView.setSelectionMode(QAbstractItemView.SingleSelection)
        self.requestsView.setAlternatingRowColors(True)
        self.requestsView.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.requestsView.setWordWrap(False)
        self.requestsSplitter.addWidget(self.requestsView)
        self.requestsBrowser = QTextBrowser(self.requestsSplitter)
        self.requestsBrowser.setObjectName(u"requestsBrowser")
        self.requestsBrowser.setOpenLinks(False)
        self.requestsSplitter.addWidget(self.requestsBrowser)

        self.requestsLayout.addWidget(self.requestsSplitter)

        self.requestsLayout.setStretch(1, 1)

        self.sectionLayout.addWidget(self.requestsGroup)

        self.statusLabel = QLabel(CouncillorRequestsSection)
        self.statusLabel.setObjectName(u"statusLabel")
        self.statusLabel.setWordWrap(True)

        self.sectionLayout.addWidget(self.statusLabel)

        self.sectionLayout.setStretch(3, 1)
#if QT_CONFIG(shortcut)
        self.memberLabel.setBuddy(self.memberCombo)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(CouncillorRequestsSection)
    # setupUi

    def retranslateUi(self, CouncillorRequestsSection):
        self.titleLabel.setText(QCoreApplication.translate("CouncillorRequestsSection", u"Pedidos de regidores", None))
        self.descriptionLabel.setText(QCoreApplication.translate("CouncillorRequestsSection", u"Los pedidos de informaci\u00f3n o de gesti\u00f3n que los regidores presentan por escrito o en la estaci\u00f3n de pedidos de una sesi\u00f3n: se derivan a la unidad con el plazo del reglamento interno del concejo, la respuesta se entrega con cargo y lo pendiente se lista por regidor para la sesi\u00f3n siguiente.", None))
        self.memberLabel.setText(QCoreApplication.translate("CouncillorRequestsSection", u"&Regidor(a):", None))
        self.pendingCheck.setText(QCoreApplication.translate("CouncillorRequestsSection", u"Solo &pendientes", None))
        self.requestsGroup.setTitle(QCoreApplication.translate("CouncillorRequestsSection", u"Pedidos", None))
        self.requestsNewButton.setText(QCoreApplication.translate("CouncillorRequestsSection", u"&Nuevo pedido\u2026", None))
        self.requestsReceiveButton.setText(QCoreApplication.translate("CouncillorRequestsSection", u"Re&cibir", None))
        self.requestsDeliverButton.setText(QCoreApplication.translate("CouncillorRequestsSection", u"&Entregar respuesta\u2026", None))
        self.requestsPendingListButton.setText(QCoreApplication.translate("CouncillorRequestsSection", u"&Lista para la sesi\u00f3n (PDF)\u2026", None))
        self.requestsRegisterButton.setText(QCoreApplication.translate("CouncillorRequestsSection", u"Re&gistro del a\u00f1o (PDF)\u2026", None))
        self.requestsExcelButton.setText(QCoreApplication.translate("CouncillorRequestsSection", u"E&xcel\u2026", None))
#if QT_CONFIG(accessibility)
        self.requestsView.setAccessibleName(QCoreApplication.translate("CouncillorRequestsSection", u"Pedidos de regidores", None))
#endif // QT_CONFIG(accessibility)
        self.requestsView.setProperty(u"emptyText", QCoreApplication.translate("CouncillorRequestsSection", u"No hay pedidos de regidores con estos filtros. Registre uno con \u00abNuevo pedido\u2026\u00bb (Ctrl+N).", None))
        self.statusLabel.setText("")
        pass
    # retranslateUi
