# Generated from ui/tramite_archive_section.ui by tools/build_ui.py (pyside6-uic). Do not edit: edit the .ui file
# in Qt Designer and run `python tools/build_ui.py`.
# source-sha256: 119ced1575071a95cff7eb1fa2820f1c2bf62cffcce196888e4d3fff638b4d81
# uic: uic 6.11.3
# output-sha256: 7d86d59192e8dd8d4eb7815b43d2491ede5348f8f74f70a1bb12d46d024833d1
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'tramite_archive_section.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QGroupBox, QHBoxLayout,
    QHeaderView, QLabel, QLineEdit, QPushButton,
    QSizePolicy, QSpacerItem, QTableView, QVBoxLayout,
    QWidget)

class Ui_TramiteArchiveSection(object):
    def setupUi(self, TramiteArchiveSection):
        if not TramiteArchiveSection.objectName():
            TramiteArchiveSection.setObjectName(u"TramiteArchiveSection")
        TramiteArchiveSection.resize(1100, 650)
        self.sectionLayout = QVBoxLayout(TramiteArchiveSection)
        self.sectionLayout.setObjectName(u"sectionLayout")
        self.titleLabel = QLabel(TramiteArchiveSection)
        self.titleLabel.setObjectName(u"titleLabel")

        self.sectionLayout.addWidget(self.titleLabel)

        self.descriptionLabel = QLabel(TramiteArchiveSection)
        self.descriptionLabel.setObjectName(u"descriptionLabel")
        self.descriptionLabel.setWordWrap(True)

        self.sectionLayout.addWidget(self.descriptionLabel)

        self.transferButtons = QHBoxLayout()
        self.transferButtons.setObjectName(u"transferButtons")
        self.newTransferButton = QPushButton(TramiteArchiveSection)
        self.newTransferButton.setObjectName(u"newTransferButton")

        self.transferButtons.addWidget(self.newTransferButton)

        self.receiveButton = QPushButton(TramiteArchiveSection)
        self.receiveButton.setObjectName(u"receiveButton")

        self.transferButtons.addWidget(self.receiveButton)

        self.inventoryButton = QPushButton(TramiteArchiveSection)
        self.inventoryButton.setObjectName(u"inventoryButton")

        self.transferButtons.addWidget(self.inventoryButton)

        self.transferSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.transferButtons.addItem(self.transferSpacer)


        self.sectionLayout.addLayout(self.transferButtons)

        self.transfersView = QTableView(TramiteArchiveSection)
        self.transfersView.setObjectName(u"transfersView")
        self.transfersView.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.transfersView.setSelectionMode(QAbstractItemView.SingleSelection)
        self.transfersView.setAlternatingRowColors(True)
        self.transfersView.setEditTriggers(QAbstractItemView.NoEditTriggers)

        self.sectionLayout.addWidget(self.transfersView)

        self.locateGroup = QGroupBox(TramiteArchiveSection)
        self.locateGroup.setObjectName(u"locateGroup")
        self.locateLayout = QHBoxLayout(self.locateGroup)
        self.locateLayout.setObjectName(u"locateLayout")
        self.locateLabel = QLabel(self.locateGroup)
        self.locateLabel.setObjectName(u"locateLabel")

        self.locateLayout.addWidget(self.locateLabel)

        self.locateEdit = QLineEdit(self.locateGroup)
        self.locateEdit.setObjectName(u"locateEdit")
        self.locateEdit.setMaxLength(40)
        self.locateEdit.setClearButtonEnabled(True)

        self.locateLayout.addWidget(self.locateEdit)

        self.locateButton = QPushButton(self.locateGroup)
        self.locateButton.setObjectName(u"locateButton")

        self.locateLayout.addWidget(self.locateButton)

        self.lendButton = QPushButton(self.locateGroup)
        self.lendButton.setObjectName(u"lendButton")

        self.locateLayout.addWidget(self.lendButton)

        self.returnButton = QPushButton(self.locateGroup)
        self.returnButton.setObjectName(u"returnButton")

        self.locateLayout.addWidget(self.returnButton)


        self.sectionLayout.addWidget(self.locateGroup)

        self.locationLabel = QLabel(TramiteArchiveSection)
        self.locationLabel.setObjectName(u"locationLabel")
        self.locationLabel.setWordWrap(True)
        self.locationLabel.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.sectionLayout.addWidget(self.locationLabel)

        self.statusLabel = QLabel(TramiteArchiveSection)
        self.statusLabel.setObjectName(u"statusLabel")
        self.statusLabel.setWordWrap(True)

        self.sectionLayout.addWidget(self.statusLabel)

        self.sectionLayout.setStretch(3, 1)
#if QT_CONFIG(shortcut)
        self.locateLabel.setBuddy(self.locateEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.newTransferButton, self.receiveButton)
        QWidget.setTabOrder(self.receiveButton, self.inventoryButton)
        QWidget.setTabOrder(self.inventoryButton, self.transfersView)
        QWidget.setTabOrder(self.transfersView, self.locateEdit)
        QWidget.setTabOrder(self.locateEdit, self.locateButton)
        QWidget.setTabOrder(self.locateButton, self.lendButton)
        QWidget.setTabOrder(self.lendButton, self.returnButton)

        self.retranslateUi(TramiteArchiveSection)
    # setupUi

    def retranslateUi(self, TramiteArchiveSection):
        self.titleLabel.setText(QCoreApplication.translate("TramiteArchiveSection", u"Archivo Central", None))
        self.descriptionLabel.setText(QCoreApplication.translate("TramiteArchiveSection", u"Cada unidad transfiere sus expedientes archivados por serie documental, con el inventario de transferencia impreso para las firmas; el Archivo Central los recibe en un estante, los presta y registra su devoluci\u00f3n.", None))
        self.newTransferButton.setText(QCoreApplication.translate("TramiteArchiveSection", u"&Nueva transferencia\u2026", None))
        self.receiveButton.setText(QCoreApplication.translate("TramiteArchiveSection", u"&Recibir en el archivo\u2026", None))
        self.inventoryButton.setText(QCoreApplication.translate("TramiteArchiveSection", u"&Inventario (PDF)", None))
#if QT_CONFIG(accessibility)
        self.transfersView.setAccessibleName(QCoreApplication.translate("TramiteArchiveSection", u"Transferencias al Archivo Central", None))
#endif // QT_CONFIG(accessibility)
        self.transfersView.setProperty(u"emptyText", QCoreApplication.translate("TramiteArchiveSection", u"A\u00fan no hay transferencias al Archivo Central. Prepare una con \u00abNueva transferencia\u2026\u00bb (Ctrl+N).", None))
        self.locateGroup.setTitle(QCoreApplication.translate("TramiteArchiveSection", u"Ubicar un expediente", None))
        self.locateLabel.setText(QCoreApplication.translate("TramiteArchiveSection", u"&N\u00b0 de expediente:", None))
        self.locateEdit.setPlaceholderText(QCoreApplication.translate("TramiteArchiveSection", u"2026-45; Intro ubica", None))
        self.locateButton.setText(QCoreApplication.translate("TramiteArchiveSection", u"&Ubicar", None))
        self.lendButton.setText(QCoreApplication.translate("TramiteArchiveSection", u"&Prestar\u2026", None))
        self.returnButton.setText(QCoreApplication.translate("TramiteArchiveSection", u"Registrar &devoluci\u00f3n", None))
        self.locationLabel.setText("")
        self.statusLabel.setText("")
        pass
    # retranslateUi
